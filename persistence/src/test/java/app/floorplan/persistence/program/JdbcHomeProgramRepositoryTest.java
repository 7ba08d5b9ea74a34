package app.floorplan.persistence.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.StatementCounter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcHomeProgramRepositoryTest {

    private static final Instant PRESCRIBED_AT = Instant.parse("2026-11-20T10:15:30.123456Z");
    private static final Instant REVISED_AT = Instant.parse("2026-12-04T09:00:00Z");

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcHomeProgramRepository programs = new JdbcHomeProgramRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private AccountId pia;
    private AccountId paul;
    private PatientId anna;

    @BeforeEach
    void aPatientAndTwoPts() {
        ClinicId clinic = fixtures.clinic();
        pia = fixtures.pt(clinic, "Pia");
        paul = fixtures.pt(clinic, "Paul");
        anna = fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 3, 14), "+46 70 123 45 67");
    }

    @Test
    void a_program_of_30_items_with_two_versions_reads_back_equal() {
        var program = thirtyItemProgram();

        assertThat(programs.current(anna)).contains(program);
        assertThat(program.current().content().items()).hasSize(30);
        assertThat(program.version(1).orElseThrow().content().items()).hasSize(29);
    }

    @Test
    void every_piece_of_daily_life_advice_is_stored_the_two_for_pelvic_floor_symptoms_included() {
        var base = content(1, 2);
        var everyAdvice = new ProgramContent(
                base.phase(), base.goals(), base.items(), EnumSet.allOf(DailyLifeAdvice.class), base.freeTextAdvice());
        var program = HomeProgram.start(HomeProgramId.random(), anna, everyAdvice, pia, PRESCRIBED_AT);

        programs.add(program.current());

        assertThat(programs.current(anna).orElseThrow().current().content().advice())
                .contains(DailyLifeAdvice.BLADDER_TRAINING, DailyLifeAdvice.PELVIC_FLOOR_LOAD)
                .hasSize(DailyLifeAdvice.values().length);
    }

    @Test
    void a_revision_reason_of_1000_characters_is_kept_like_any_other_correction() {
        var first = HomeProgram.start(HomeProgramId.random(), anna, content(1, 3), pia, PRESCRIBED_AT);
        programs.add(first.current());
        var next = first.revise(content(2, 3), paul, REVISED_AT, "r".repeat(1000), false, 1);

        assertThat(programs.addVersion(next, 1)).isTrue();

        assertThat(programs.current(anna).orElseThrow().current().reason()).contains("r".repeat(1000));
    }

    @Test
    void a_patient_without_a_program_has_none() {
        assertThat(programs.current(anna)).isEmpty();
    }

    @Test
    void loading_the_30_item_program_costs_two_statements() {
        thirtyItemProgram();
        var counter = new StatementCounter();
        var counted = new JdbcHomeProgramRepository(JdbcClient.create(counter.wrap(MigratedDatabase.dataSource())));

        var loaded = counted.current(anna).orElseThrow();

        assertThat(loaded.versions()).hasSize(2);
        assertThat(counter.count()).isEqualTo(2);
    }

    @Test
    void saving_a_30_item_version_costs_two_statements() {
        var first = HomeProgram.start(HomeProgramId.random(), anna, content(1, 29), pia, PRESCRIBED_AT);
        programs.add(first.current());
        var counter = new StatementCounter();
        var counted = new JdbcHomeProgramRepository(JdbcClient.create(counter.wrap(MigratedDatabase.dataSource())));

        assertThat(counted.addVersion(first.revise(content(2, 30), paul, REVISED_AT, "Progress", false, 1), 1))
                .isTrue();
        assertThat(counter.count()).isEqualTo(2);
    }

    @Test
    void a_stale_version_is_refused_and_nothing_is_written() {
        var program = thirtyItemProgram();
        var stale = new HomeProgramVersion(
                program.id(), anna, 2, content(3, 5), paul, REVISED_AT, Optional.of("Stale"), false);

        assertThat(programs.addVersion(stale, 1)).isFalse();
        assertThat(programs.current(anna)).contains(program);
    }

    @Test
    void a_second_first_program_for_the_patient_is_an_edit_conflict() {
        thirtyItemProgram();
        var another = HomeProgram.start(HomeProgramId.random(), anna, content(1, 3), paul, PRESCRIBED_AT);

        assertThatThrownBy(() -> programs.add(another.current())).isInstanceOf(EditConflictException.class);
    }

    @Test
    void of_two_concurrent_editors_of_the_same_version_exactly_one_adds_the_next() throws Exception {
        var first = HomeProgram.start(HomeProgramId.random(), anna, content(1, 10), pia, PRESCRIBED_AT);
        programs.add(first.current());
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(MigratedDatabase.dataSource()));
        var bothRead = new CyclicBarrier(2);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (var editor : List.of(pia, paul)) {
                outcomes.add(editors.submit(() -> transactions.execute(status -> {
                    // each editor opens the program in its own transaction, then both save on top of version 1
                    var opened = programs.current(anna).orElseThrow();
                    await(bothRead);
                    var next = opened.revise(content(2, 12), editor, REVISED_AT, "Change by " + editor, false, 1);
                    return programs.addVersion(next, opened.current().number());
                })));
            }
            List<Boolean> results = new ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder(true, false);
        } finally {
            editors.shutdownNow();
        }
        var stored = programs.current(anna).orElseThrow();
        assertThat(stored.versions()).hasSize(2);
        assertThat(stored.current().content().items()).hasSize(12);
    }

    private HomeProgram thirtyItemProgram() {
        var first = HomeProgram.start(HomeProgramId.random(), anna, content(1, 29), pia, PRESCRIBED_AT);
        programs.add(first.current());
        var next = first.revise(content(2, 30), paul, REVISED_AT, "No doming at re-assessment", true, 1);
        assertThat(programs.addVersion(next, 1)).isTrue();
        return first.with(next);
    }

    /** Content with {@code count} items whose dosages use every dosage field across them. */
    static ProgramContent content(int variant, int count) {
        var items = new ArrayList<ProgramItem>();
        for (int position = 0; position < count; position++) {
            items.add(new ProgramItem(
                    position,
                    new ExerciseId(new java.util.UUID(variant, position + 1)),
                    dosage(position + variant),
                    position % 3 == 0 ? Optional.of("Note " + position) : Optional.empty()));
        }
        return new ProgramContent(
                variant % 2 == 1 ? ProgramPhase.BREATH_AND_CONNECTION : ProgramPhase.STABILITY,
                List.of("Lift the car seat without pain", "Walk 30 minutes"),
                items,
                variant % 2 == 1 ? EnumSet.of(DailyLifeAdvice.LIFTING, DailyLifeAdvice.FEEDING_SET_UP) : Set.of(),
                variant % 2 == 1 ? Optional.of("Pair walks with breath.") : Optional.empty());
    }

    static Dosage dosage(int kind) {
        return switch (kind % 4) {
            case 0 ->
                Dosage.builder()
                        .sets(2, 3)
                        .reps(8, 10)
                        .holdSeconds(5, 10)
                        .perSide()
                        .timesPerDay(2)
                        .daysPerWeek(5)
                        .restSeconds(30)
                        .load("2 kg")
                        .build();
            case 1 -> Dosage.builder().sets(2).holdBreaths(3, 5).perSide().build();
            case 2 ->
                Dosage.builder().duration(Duration.ofMinutes(10)).daysPerWeek(7).build();
            default -> Dosage.builder().reps(5).build();
        };
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
