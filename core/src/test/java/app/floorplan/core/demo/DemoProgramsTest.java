package app.floorplan.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomeProgramVersion;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The demo's plans and practice history are built through the same validated constructors as real ones. */
class DemoProgramsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final Programs programs = new Programs();
    private final Practice practice = new Practice();
    private final DemoPrograms demo = new DemoPrograms(programs, practice, CLOCK);
    private final AccountId pt = AccountId.random();

    @Test
    void anna_has_a_revised_plan_in_the_stability_phase_and_three_weeks_of_easing_pain_before_today() {
        PatientId anna = PatientId.random();

        demo.anna(anna, pt);

        HomeProgram program = programs.current(anna).orElseThrow();
        assertThat(program.versions()).hasSizeGreaterThan(1);
        assertThat(program.current().content().phase()).isEqualTo(ProgramPhase.STABILITY);
        assertThat(program.current().reason()).isPresent();
        List<PracticeDay> days = practice.of(anna);
        assertThat(days)
                .isNotEmpty()
                .allSatisfy(day -> assertThat(day.date()).isBefore(TODAY).isAfterOrEqualTo(TODAY.minusDays(21)));
        assertThat(days).anySatisfy(day -> assertThat(day.allSymptoms()).contains(SymptomFlag.DOMING));
        int firstPain = days.stream()
                .filter(d -> d.pain().isPresent())
                .findFirst()
                .orElseThrow()
                .pain()
                .getAsInt();
        int lastPain = days.reversed().stream()
                .filter(d -> d.pain().isPresent())
                .findFirst()
                .orElseThrow()
                .pain()
                .getAsInt();
        assertThat(lastPain).isLessThan(firstPain);
    }

    @Test
    void bea_has_a_plan_and_practises_on_fewer_days_than_anna() {
        PatientId anna = PatientId.random();
        PatientId bea = PatientId.random();

        demo.anna(anna, pt);
        demo.bea(bea, pt);

        assertThat(programs.current(bea)).isPresent();
        long annaPractised =
                practice.of(anna).stream().filter(PracticeDay::practised).count();
        long beaPractised =
                practice.of(bea).stream().filter(PracticeDay::practised).count();
        assertThat(beaPractised).isPositive().isLessThan(annaPractised);
    }

    private static final class Programs implements HomeProgramRepository {
        private final Map<PatientId, List<HomeProgramVersion>> versions = new HashMap<>();

        @Override
        public Optional<HomeProgram> current(PatientId patient) {
            return Optional.ofNullable(versions.get(patient)).map(HomeProgram::new);
        }

        @Override
        public void add(HomeProgramVersion first) {
            versions.put(first.patient(), new ArrayList<>(List.of(first)));
        }

        @Override
        public boolean addVersion(HomeProgramVersion version, int expectedPreviousNumber) {
            versions.get(version.patient()).add(version);
            return true;
        }
    }

    private static final class Practice implements PracticeLogRepository {
        private final List<PracticeDay> days = new ArrayList<>();

        List<PracticeDay> of(PatientId patient) {
            return days.stream()
                    .filter(day -> day.patient().equals(patient))
                    .sorted(Comparator.comparing(PracticeDay::date))
                    .toList();
        }

        @Override
        public PracticeDay save(PracticeDay day) {
            days.add(day);
            return day;
        }

        @Override
        public Optional<PracticeDay> find(PatientId patient, LocalDate date) {
            return of(patient).stream().filter(day -> day.date().equals(date)).findFirst();
        }

        @Override
        public List<PracticeDay> between(PatientId patient, LocalDate from, LocalDate to) {
            return of(patient).stream()
                    .filter(day -> !day.date().isBefore(from) && !day.date().isAfter(to))
                    .toList();
        }

        @Override
        public Map<PatientId, List<PracticeDay>> between(Collection<PatientId> patients, LocalDate from, LocalDate to) {
            Map<PatientId, List<PracticeDay>> found = new HashMap<>();
            patients.forEach(patient -> found.put(patient, between(patient, from, to)));
            return found;
        }

        @Override
        public Map<PatientId, LocalDate> lastLoggedDays(ClinicId clinic) {
            return Map.of();
        }
    }
}
