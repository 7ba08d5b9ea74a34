package app.floorplan.persistence.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.persistence.program.ProgramFixtures;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.StatementCounter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcPracticeLogRepositoryTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final Instant EVENING = Instant.parse("2026-11-16T19:30:00Z");
    private static final ExerciseId WALL_BUG = new ExerciseId(new java.util.UUID(7, 1));
    private static final ExerciseId SIDE_PLANK = new ExerciseId(new java.util.UUID(7, 2));

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcPracticeLogRepository log = new JdbcPracticeLogRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private ClinicId clinic;
    private PatientId anna;
    private HomeProgramId program;

    @BeforeEach
    void aPatientWithAProgram() {
        clinic = fixtures.clinic();
        AccountId pia = fixtures.pt(clinic, "Pia");
        anna = fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 3, 14), "+46 70 123 45 67");
        program = HomeProgramId.random();
        var content = new ProgramContent(
                ProgramPhase.STABILITY,
                List.of(),
                List.of(
                        new ProgramItem(0, WALL_BUG, Dosage.builder().reps(5).build(), Optional.empty()),
                        new ProgramItem(1, SIDE_PLANK, Dosage.builder().reps(5).build(), Optional.empty())),
                Set.of(),
                Optional.empty());
        new ProgramFixtures(jdbc)
                .add(HomeProgram.start(program, anna, content, pia, EVENING).current());
    }

    @Test
    void a_day_with_exercise_outcomes_and_symptoms_reads_back_equal() {
        var day = day(
                MONDAY,
                OptionalInt.of(3),
                List.of(
                        new ExerciseOutcome(
                                WALL_BUG,
                                Completion.DONE,
                                new SymptomReport(
                                        Set.of(SymptomFlag.DOMING, SymptomFlag.OTHER), Optional.of("Ribs flare"))),
                        new ExerciseOutcome(SIDE_PLANK, Completion.SKIPPED, SymptomReport.NONE)));

        var stored = log.save(day);

        assertThat(stored).isEqualTo(day);
        assertThat(stored.session()).isEqualTo(Completion.PARTLY);
        assertThat(log.find(anna, MONDAY)).contains(day);
    }

    @Test
    void saving_the_same_day_again_keeps_one_entry_and_a_changed_one_counts_a_revision() {
        log.save(day(MONDAY, OptionalInt.of(3), List.of(done(WALL_BUG))));
        var retried = log.save(day(MONDAY, OptionalInt.of(3), List.of(done(WALL_BUG))));
        assertThat(retried.revision()).isEqualTo(1);

        var corrected = log.save(day(MONDAY, OptionalInt.of(5), List.of(done(WALL_BUG), done(SIDE_PLANK))));

        assertThat(corrected.revision()).isEqualTo(2);
        assertThat(corrected.pain()).hasValue(5);
        assertThat(corrected.exercises()).extracting(ExerciseOutcome::exercise).containsExactly(WALL_BUG, SIDE_PLANK);
        assertThat(rows("practice_day")).isEqualTo(1);
        assertThat(rows("practice_exercise")).isEqualTo(2);
    }

    @Test
    void twenty_concurrent_identical_submissions_leave_exactly_one_row() throws Exception {
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(MigratedDatabase.dataSource()));
        var together = new CyclicBarrier(20);
        ExecutorService taps = Executors.newFixedThreadPool(20);
        try {
            List<Future<PracticeDay>> results = new ArrayList<>();
            for (int tap = 0; tap < 20; tap++) {
                results.add(taps.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return transactions.execute(
                            status -> log.save(day(MONDAY, OptionalInt.of(8), List.of(done(WALL_BUG)))));
                }));
            }
            for (var result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).revision()).isEqualTo(1);
            }
        } finally {
            taps.shutdownNow();
        }
        assertThat(rows("practice_day")).isEqualTo(1);
        assertThat(rows("practice_exercise")).isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_pain_rating_above_ten() {
        assertThatThrownBy(() -> jdbc.sql("insert into practice_day (patient_id, log_date, program_id, program_version,"
                                + " session, pain, content_digest, recorded_at, revision)"
                                + " values (?, ?, ?, 1, 'DONE', 11, 'x', now(), 1)")
                        .params(anna.value(), java.sql.Date.valueOf(MONDAY), program.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void days_of_many_patients_read_in_two_statements_and_the_last_logged_day_per_patient() {
        PatientId bea = fixtures.patient(clinic, "Bea", "Castillo", LocalDate.of(1990, 1, 2), "+46 70 555 00 00");
        for (int offset = 0; offset < 10; offset++) {
            log.save(day(MONDAY.plusDays(offset), OptionalInt.of(offset % 11), List.of(done(WALL_BUG))));
        }
        var counter = new StatementCounter();
        var counted = new JdbcPracticeLogRepository(JdbcClient.create(counter.wrap(MigratedDatabase.dataSource())));

        var days = counted.between(List.of(anna, bea), MONDAY.plusDays(2), MONDAY.plusDays(5));

        assertThat(counter.count()).isEqualTo(2);
        assertThat(days).containsOnlyKeys(anna);
        assertThat(days.get(anna))
                .extracting(PracticeDay::date)
                .containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4), MONDAY.plusDays(5));
        assertThat(log.lastLoggedDays(clinic)).containsExactly(java.util.Map.entry(anna, MONDAY.plusDays(9)));
    }

    private PracticeDay day(LocalDate date, OptionalInt pain, List<ExerciseOutcome> exercises) {
        return new PracticeDay(
                anna,
                date,
                program,
                1,
                Completion.DONE,
                pain,
                OptionalInt.of(4),
                SymptomReport.NONE,
                exercises,
                EVENING,
                1);
    }

    private static ExerciseOutcome done(ExerciseId exercise) {
        return new ExerciseOutcome(exercise, Completion.DONE, SymptomReport.NONE);
    }

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where patient_id = ?")
                .param(anna.value())
                .query(Integer.class)
                .single();
    }
}
