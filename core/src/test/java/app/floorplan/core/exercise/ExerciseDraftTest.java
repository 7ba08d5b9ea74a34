package app.floorplan.core.exercise;

import static app.floorplan.core.exercise.ExerciseFixtures.completeDraft;
import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.dosage.CountRange;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.dosage.DosageFields;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.ClinicId;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExerciseDraftTest {

    private static final ClinicId CLINIC = ClinicId.random();

    @Test
    void a_complete_draft_becomes_a_clinic_owned_exercise_with_a_fresh_id() {
        var exercise = completeDraft().createFor(CLINIC);

        assertThat(exercise.owner()).isEqualTo(new ExerciseOwner.ClinicOwned(CLINIC));
        assertThat(exercise.isOwnedBy(CLINIC)).isTrue();
        assertThat(exercise.isBuiltIn()).isFalse();
        assertThat(exercise.code()).isEmpty();
        assertThat(exercise.retired()).isFalse();
        assertThat(exercise.name()).isEqualTo("Pram push with breath");
        assertThat(exercise.instructions().steps()).hasSize(2);
        assertThat(exercise.watchFors().signs()).containsExactly(WatchFor.LEAKING, WatchFor.PAIN);
        assertThat(exercise.defaultDosage().duration()).isPresent();
        assertThat(completeDraft().createFor(CLINIC).id()).isNotEqualTo(exercise.id());
    }

    @Test
    void text_is_trimmed_and_blank_optional_text_means_none() {
        var exercise = completeDraft()
                .name("  Pram push  ")
                .setUp("   ")
                .watchForNote(" ")
                .precautions("")
                .createFor(CLINIC);

        assertThat(exercise.name()).isEqualTo("Pram push");
        assertThat(exercise.instructions().setUp()).isEmpty();
        assertThat(exercise.watchFors().note()).isEmpty();
        assertThat(exercise.precautions().text()).isEmpty();
    }

    @Test
    void a_blank_form_is_refused_with_every_required_field_named() {
        assertThat(refusedFields(() -> new ExerciseDraft().createFor(CLINIC)))
                .containsExactlyInAnyOrder(
                        ExerciseFields.NAME,
                        ExerciseFields.PURPOSE,
                        ExerciseFields.CATEGORY,
                        ExerciseFields.PHASE,
                        ExerciseFields.STEPS,
                        DosageFields.DOSAGE);
    }

    @Test
    void a_name_of_80_characters_is_accepted_and_81_is_refused() {
        assertThat(completeDraft().name("n".repeat(80)).createFor(CLINIC).name())
                .isEqualTo("n".repeat(80));

        assertThat(refusedFields(() -> completeDraft().name("n".repeat(81)).createFor(CLINIC)))
                .containsExactly(ExerciseFields.NAME);
    }

    @Test
    void a_name_on_two_lines_is_refused() {
        assertThat(refusedFields(() -> completeDraft().name("Pram\npush").createFor(CLINIC)))
                .containsExactly(ExerciseFields.NAME);
    }

    @Test
    void a_purpose_of_300_characters_is_accepted_and_301_is_refused() {
        assertThat(completeDraft().purpose("p".repeat(300)).createFor(CLINIC).purpose())
                .isEqualTo("p".repeat(300));

        assertThat(refusedFields(() -> completeDraft().purpose("p".repeat(301)).createFor(CLINIC)))
                .containsExactly(ExerciseFields.PURPOSE);
    }

    @Test
    void too_long_set_up_note_and_precautions_are_refused_on_their_fields() {
        assertThat(refusedFields(() -> completeDraft()
                        .setUp("s".repeat(501))
                        .watchForNote("w".repeat(301))
                        .precautions("p".repeat(501))
                        .createFor(CLINIC)))
                .containsExactlyInAnyOrder(
                        ExerciseFields.SET_UP, ExerciseFields.WATCH_FOR_NOTE, ExerciseFields.PRECAUTIONS);
    }

    @Test
    void blank_step_rows_are_dropped_and_a_form_with_only_blank_steps_has_no_step() {
        var exercise = completeDraft()
                .steps(List.of("Walk tall.", "  ", "Breathe out.", ""))
                .createFor(CLINIC);

        assertThat(exercise.instructions().steps()).containsExactly("Walk tall.", "Breathe out.");
        assertThat(refusedFields(() -> completeDraft().steps(List.of(" ", "")).createFor(CLINIC)))
                .containsExactly(ExerciseFields.STEPS);
    }

    @Test
    void a_too_long_step_is_reported_at_its_row_in_the_form() {
        var steps = List.of("Walk tall.", "", "x".repeat(301));

        assertThat(refusedFields(() -> completeDraft().steps(steps).createFor(CLINIC)))
                .containsExactly("exercise.steps[2]");
    }

    @Test
    void twelve_steps_are_accepted_and_thirteen_are_refused() {
        assertThat(completeDraft()
                        .steps(Collections.nCopies(12, "Step."))
                        .createFor(CLINIC)
                        .instructions()
                        .steps())
                .isEqualTo(Collections.nCopies(12, "Step."));

        assertThat(refusedFields(() ->
                        completeDraft().steps(Collections.nCopies(13, "Step.")).createFor(CLINIC)))
                .containsExactly(ExerciseFields.STEPS);
    }

    @Test
    void too_many_or_too_long_cues_are_refused() {
        assertThat(refusedFields(() ->
                        completeDraft().cues(Collections.nCopies(9, "Cue.")).createFor(CLINIC)))
                .containsExactly(ExerciseFields.CUES);
        assertThat(refusedFields(
                        () -> completeDraft().cues(List.of("c".repeat(201))).createFor(CLINIC)))
                .containsExactly("exercise.cues[0]");
    }

    @Test
    void an_exercise_without_watch_fors_or_cues_is_accepted() {
        var exercise = completeDraft().watchFor(Set.of()).cues(List.of()).createFor(CLINIC);

        assertThat(exercise.watchFors().isEmpty()).isTrue();
        assertThat(exercise.instructions().cues()).isEmpty();
    }

    @Test
    void dosage_problems_are_reported_together_with_the_exercise_problems() {
        assertThat(refusedFields(() -> completeDraft()
                        .name("")
                        .defaultDosage(Dosage.builder().sets(0).reps(10))
                        .createFor(CLINIC)))
                .containsExactlyInAnyOrder(ExerciseFields.NAME, DosageFields.SETS);
    }

    @Test
    void an_exercise_cannot_be_its_own_easier_or_harder_variant() {
        var exercise = completeDraft().createFor(CLINIC);

        assertThat(refusedFields(() -> ExerciseDraft.of(exercise)
                        .easierVariant(Optional.of(exercise.id()))
                        .revise(exercise)))
                .containsExactly(ExerciseFields.EASIER_VARIANT);
        assertThat(refusedFields(() -> ExerciseDraft.of(exercise)
                        .harderVariant(Optional.of(exercise.id()))
                        .revise(exercise)))
                .containsExactly(ExerciseFields.HARDER_VARIANT);
    }

    @Test
    void the_easier_and_harder_variant_cannot_be_the_same_exercise() {
        var other = Optional.of(ExerciseId.random());

        assertThat(refusedFields(() -> completeDraft()
                        .easierVariant(other)
                        .harderVariant(other)
                        .createFor(CLINIC)))
                .containsExactly(ExerciseFields.HARDER_VARIANT);
    }

    @Test
    void a_clinic_exercise_may_link_to_built_in_variants() {
        var library = new StandardExerciseLibrary();
        var wallBug = library.find(StandardExerciseLibrary.WALL_BUG_PRESS).orElseThrow();

        var exercise = completeDraft().harderVariant(Optional.of(wallBug.id())).createFor(CLINIC);

        assertThat(exercise.variants().harder()).contains(wallBug.id());
    }

    @Test
    void a_revision_keeps_the_id_owner_and_retired_flag_and_takes_the_new_content() {
        var original = completeDraft().createFor(CLINIC).retire();

        var revised = ExerciseDraft.of(original)
                .name("Pram walk")
                .defaultDosage(Dosage.builder().minutes(20).daysPerWeek(5))
                .revise(original);

        assertThat(revised.id()).isEqualTo(original.id());
        assertThat(revised.owner()).isEqualTo(original.owner());
        assertThat(revised.retired()).isTrue();
        assertThat(revised.name()).isEqualTo("Pram walk");
        assertThat(revised.defaultDosage().daysPerWeek()).hasValue(5);
    }

    @Test
    void a_draft_of_an_exercise_without_changes_rebuilds_the_same_exercise() {
        var original = completeDraft()
                .precautions("Not in the first weeks.")
                .loadedAbdominalWork(true)
                .watchForNote("Stop if it aches.")
                .createFor(CLINIC);

        assertThat(ExerciseDraft.of(original).revise(original)).isEqualTo(original);
    }

    @Test
    void a_built_in_exercise_cannot_be_revised() {
        var builtIn = new StandardExerciseLibrary()
                .find(StandardExerciseLibrary.MODIFIED_SIDE_PLANK)
                .orElseThrow();

        var refused = refusals(() -> ExerciseDraft.of(builtIn).name("Mine").revise(builtIn));

        assertThat(refused).singleElement().satisfies(violation -> assertThat(violation.field())
                .isEqualTo(ExerciseFields.EXERCISE));
    }

    @Test
    void a_built_in_exercise_can_be_copied_into_the_clinic_library_with_its_content_and_dosage() {
        var builtIn = new StandardExerciseLibrary()
                .find(StandardExerciseLibrary.MODIFIED_SIDE_PLANK)
                .orElseThrow();

        var copy = ExerciseDraft.of(builtIn).createFor(CLINIC);

        assertThat(copy.id()).isNotEqualTo(builtIn.id());
        assertThat(copy.isOwnedBy(CLINIC)).isTrue();
        assertThat(copy.instructions()).isEqualTo(builtIn.instructions());
        assertThat(copy.precautions()).isEqualTo(builtIn.precautions());
        assertThat(copy.variants()).isEqualTo(builtIn.variants());
        assertThat(copy.defaultDosage().holdBreaths()).contains(CountRange.between(3, 5));
    }
}
