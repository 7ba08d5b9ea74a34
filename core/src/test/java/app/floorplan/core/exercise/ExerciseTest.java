package app.floorplan.core.exercise;

import static app.floorplan.core.exercise.ExerciseFixtures.completeDraft;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.ClinicId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExerciseTest {

    private static final ClinicId CLINIC = ClinicId.random();
    private static final ClinicId OTHER_CLINIC = ClinicId.random();

    @Test
    void a_retired_exercise_keeps_everything_else_and_can_be_reinstated() {
        var exercise = completeDraft().createFor(CLINIC);

        var retired = exercise.retire();

        assertThat(retired.retired()).isTrue();
        assertThat(retired.id()).isEqualTo(exercise.id());
        assertThat(retired.name()).isEqualTo(exercise.name());
        assertThat(retired.reinstate()).isEqualTo(exercise);
    }

    @Test
    void a_clinic_exercise_is_visible_only_to_its_clinic() {
        var exercise = completeDraft().createFor(CLINIC);

        assertThat(exercise.isVisibleTo(CLINIC)).isTrue();
        assertThat(exercise.isVisibleTo(OTHER_CLINIC)).isFalse();
    }

    @Test
    void a_built_in_exercise_is_visible_to_every_clinic_and_owned_by_none() {
        var code = ExerciseCode.of("pelvic-tilts-test");
        var builtIn = builtIn(code, ExerciseId.ofBuiltIn(code));

        assertThat(builtIn.isVisibleTo(CLINIC)).isTrue();
        assertThat(builtIn.isVisibleTo(OTHER_CLINIC)).isTrue();
        assertThat(builtIn.isOwnedBy(CLINIC)).isFalse();
        assertThat(builtIn.code()).contains(code);
    }

    @Test
    void a_built_in_exercise_must_carry_the_id_derived_from_its_code() {
        var code = ExerciseCode.of("pelvic-tilts-test");

        assertThatThrownBy(() -> builtIn(code, ExerciseId.random())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void built_in_ids_are_the_same_every_time_and_differ_by_code() {
        var code = ExerciseCode.of("wall-bug-press");

        assertThat(ExerciseId.ofBuiltIn(code)).isEqualTo(ExerciseId.ofBuiltIn(ExerciseCode.of("wall-bug-press")));
        assertThat(ExerciseId.ofBuiltIn(code)).isNotEqualTo(ExerciseId.ofBuiltIn(ExerciseCode.of("dead-bug")));
        assertThat(ExerciseId.ofBuiltIn(code).value().version()).isEqualTo(3);
    }

    @Test
    void the_constructor_refuses_what_the_form_refuses_so_stored_rows_stay_valid() {
        var id = ExerciseId.random();

        assertThat(refusedFields(() -> new Exercise(
                        id,
                        new ExerciseOwner.ClinicOwned(CLINIC),
                        " ",
                        "",
                        ExerciseCategory.WALKING,
                        ProgramPhase.STABILITY,
                        Instructions.of("", List.of("Walk."), List.of()),
                        WatchFors.none(),
                        Dosage.builder().minutes(10).build(),
                        Precautions.none(),
                        new Variants(Optional.of(id), Optional.empty()),
                        false)))
                .containsExactlyInAnyOrder(ExerciseFields.NAME, ExerciseFields.PURPOSE, ExerciseFields.EASIER_VARIANT);
    }

    @Test
    void watch_fors_are_listed_in_a_fixed_order_whatever_order_they_were_chosen_in() {
        var watchFors = WatchFors.of(WatchFor.PAIN, WatchFor.DOMING, WatchFor.LEAKING);

        assertThat(watchFors.signs()).containsExactly(WatchFor.DOMING, WatchFor.LEAKING, WatchFor.PAIN);
    }

    @Test
    void variants_say_whether_they_point_at_an_exercise() {
        var easier = ExerciseId.random();
        var variants = new Variants(Optional.of(easier), Optional.empty());

        assertThat(variants.pointsAt(easier)).isTrue();
        assertThat(variants.pointsAt(ExerciseId.random())).isFalse();
    }

    private static Exercise builtIn(ExerciseCode code, ExerciseId id) {
        return new Exercise(
                id,
                new ExerciseOwner.BuiltIn(code),
                "Pelvic tilts",
                "Eases stiffness.",
                ExerciseCategory.SPINAL_MOBILITY,
                ProgramPhase.BREATH_AND_CONNECTION,
                Instructions.of("Lie on your back.", List.of("Tilt.", "Flatten."), List.of()),
                WatchFors.of(WatchFor.PAIN),
                Dosage.builder().reps(10).build(),
                Precautions.none(),
                Variants.none(),
                false);
    }
}
