package app.floorplan.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.validation.EditConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HomeProgramRepository} keeps, the in-memory fake core's tests run on and the PostgreSQL adapter
 * alike: versions read back equal, one program per patient, a stale version number writes nothing.
 */
public abstract class HomeProgramRepositoryContract {

    protected static final Instant PRESCRIBED_AT = Instant.parse("2026-11-20T10:15:30.123456Z");
    protected static final Instant REVISED_AT = Instant.parse("2026-12-04T09:00:00Z");

    protected PatientId anna;
    protected AccountId pia;
    protected AccountId paul;

    protected abstract HomeProgramRepository repository();

    /** A patient without a program, of the clinic {@link #newPt} works in. */
    protected abstract PatientId newPatient();

    /** A PT account of the patient's clinic. */
    protected abstract AccountId newPt();

    @BeforeEach
    void aPatientAndTwoPts() {
        anna = newPatient();
        pia = newPt();
        paul = newPt();
    }

    @Test
    void a_program_of_30_items_with_two_versions_reads_back_equal() {
        var program = thirtyItemProgram();

        assertThat(repository().current(anna)).contains(program);
        assertThat(program.current().content().items()).hasSize(30);
        assertThat(program.version(1).orElseThrow().content().items()).hasSize(29);
    }

    @Test
    void every_piece_of_daily_life_advice_is_stored_the_two_for_pelvic_floor_symptoms_included() {
        var base = content(1, 2);
        var everyAdvice = new ProgramContent(
                base.phase(), base.goals(), base.items(), EnumSet.allOf(DailyLifeAdvice.class), base.freeTextAdvice());
        var program = HomeProgram.start(HomeProgramId.random(), anna, everyAdvice, pia, PRESCRIBED_AT);

        repository().add(program.current());

        assertThat(repository().current(anna).orElseThrow().current().content().advice())
                .contains(DailyLifeAdvice.BLADDER_TRAINING, DailyLifeAdvice.PELVIC_FLOOR_LOAD)
                .hasSize(DailyLifeAdvice.values().length);
    }

    @Test
    void a_revision_reason_of_1000_characters_is_kept_like_any_other_correction() {
        var first = HomeProgram.start(HomeProgramId.random(), anna, content(1, 3), pia, PRESCRIBED_AT);
        repository().add(first.current());
        var next = first.revise(content(2, 3), paul, REVISED_AT, "r".repeat(1000), false, 1);

        assertThat(repository().addVersion(next, 1)).isTrue();

        assertThat(repository().current(anna).orElseThrow().current().reason()).contains("r".repeat(1000));
    }

    @Test
    void a_patient_without_a_program_has_none() {
        assertThat(repository().current(anna)).isEmpty();
    }

    @Test
    void a_stale_version_is_refused_and_nothing_is_written() {
        var program = thirtyItemProgram();
        var stale = new HomeProgramVersion(
                program.id(), anna, 2, content(3, 5), paul, REVISED_AT, Optional.of("Stale"), false);

        assertThat(repository().addVersion(stale, 1)).isFalse();
        assertThat(repository().current(anna)).contains(program);
    }

    @Test
    void a_second_first_program_for_the_patient_is_an_edit_conflict() {
        thirtyItemProgram();
        var another = HomeProgram.start(HomeProgramId.random(), anna, content(1, 3), paul, PRESCRIBED_AT);

        assertThatThrownBy(() -> repository().add(another.current())).isInstanceOf(EditConflictException.class);
    }

    protected final HomeProgram thirtyItemProgram() {
        var first = HomeProgram.start(HomeProgramId.random(), anna, content(1, 29), pia, PRESCRIBED_AT);
        repository().add(first.current());
        var next = first.revise(content(2, 30), paul, REVISED_AT, "No doming at re-assessment", true, 1);
        assertThat(repository().addVersion(next, 1)).isTrue();
        return first.with(next);
    }

    /** Content with {@code count} items whose dosages use every dosage field across them. */
    public static ProgramContent content(int variant, int count) {
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

    public static Dosage dosage(int kind) {
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

    @Test
    void each_patient_has_her_own_program() {
        var annas = thirtyItemProgram();
        PatientId bea = newPatient();
        var beas = HomeProgram.start(HomeProgramId.random(), bea, content(3, 2), paul, PRESCRIBED_AT);

        repository().add(beas.current());

        assertThat(repository().current(bea)).contains(beas);
        assertThat(repository().current(anna)).contains(annas);
    }
}
