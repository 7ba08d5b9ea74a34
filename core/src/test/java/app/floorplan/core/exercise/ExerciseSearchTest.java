package app.floorplan.core.exercise;

import static app.floorplan.core.exercise.ExerciseCategory.BREATHING;
import static app.floorplan.core.exercise.ExerciseCategory.DEEP_CORE;
import static app.floorplan.core.exercise.ExerciseCategory.WALKING;
import static app.floorplan.core.exercise.ExerciseFixtures.clinicExercise;
import static app.floorplan.core.exercise.ProgramPhase.BREATH_AND_CONNECTION;
import static app.floorplan.core.exercise.ProgramPhase.DYNAMIC_CONTROL;
import static app.floorplan.core.exercise.ProgramPhase.STABILITY;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.ClinicId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseSearchTest {

    private static final ClinicId CLINIC = ClinicId.random();
    private static final ClinicId OTHER_CLINIC = ClinicId.random();

    private final Exercise pramWalk =
            clinicExercise(CLINIC, "Pram walk", "Walking tall behind the pram.", WALKING, STABILITY);
    private final Exercise ballBreathing =
            clinicExercise(CLINIC, "Ball breathing", "Breathing on the birth ball.", BREATHING, BREATH_AND_CONNECTION);
    private final Exercise retiredCrunch = clinicExercise(
                    CLINIC, "Old crunch", "Replaced by the dead bug.", DEEP_CORE, DYNAMIC_CONTROL)
            .retire();
    private final Exercise otherClinics =
            clinicExercise(OTHER_CLINIC, "Pram sprint", "Another clinic's walk.", WALKING, STABILITY);
    private final List<Exercise> builtIns = new StandardExerciseLibrary().exercises();

    private List<Exercise> all() {
        var all = new ArrayList<>(builtIns);
        all.addAll(List.of(pramWalk, ballBreathing, retiredCrunch, otherClinics));
        return all;
    }

    @Test
    void a_clinic_sees_the_built_ins_and_its_own_exercises_but_not_retired_or_other_clinics_ones() {
        var found = ExerciseSearch.forClinic(CLINIC).applyTo(all());

        assertThat(found).contains(pramWalk, ballBreathing).containsAll(builtIns);
        assertThat(found).doesNotContain(retiredCrunch, otherClinics);
        assertThat(found).hasSize(builtIns.size() + 2);
    }

    @Test
    void retired_exercises_are_found_when_asked_for() {
        assertThat(ExerciseSearch.forClinic(CLINIC).includingRetired().applyTo(all()))
                .contains(retiredCrunch)
                .doesNotContain(otherClinics);
    }

    @Test
    void a_category_filter_keeps_only_exercises_in_the_chosen_categories() {
        var found = ExerciseSearch.forClinic(CLINIC)
                .inCategories(WALKING, BREATHING)
                .applyTo(all());

        assertThat(found).contains(pramWalk, ballBreathing);
        assertThat(found).allSatisfy(exercise -> assertThat(exercise.category()).isIn(WALKING, BREATHING));
        assertThat(ExerciseSearch.forClinic(CLINIC)
                        .inCategories(WALKING, WALKING)
                        .categories())
                .containsExactly(WALKING);
    }

    @Test
    void a_phase_filter_keeps_only_exercises_in_the_chosen_phases() {
        var found = ExerciseSearch.forClinic(CLINIC).inPhases(STABILITY).applyTo(all());

        assertThat(found).contains(pramWalk).doesNotContain(ballBreathing);
        assertThat(found).allSatisfy(exercise -> assertThat(exercise.phase()).isEqualTo(STABILITY));
    }

    @Test
    void category_and_phase_filters_combine() {
        var found = ExerciseSearch.forClinic(CLINIC)
                .inCategories(WALKING)
                .inPhases(STABILITY)
                .applyTo(all());

        assertThat(found).containsExactly(pramWalk);
    }

    @Test
    void text_matches_part_of_the_name_ignoring_case() {
        assertThat(ExerciseSearch.forClinic(CLINIC).matchingText("PRAM").applyTo(all()))
                .contains(pramWalk)
                .doesNotContain(otherClinics);
        assertThat(ExerciseSearch.forClinic(CLINIC).matchingText("side plank").applyTo(all()))
                .extracting(Exercise::code)
                .anySatisfy(code -> assertThat(code).contains(StandardExerciseLibrary.MODIFIED_SIDE_PLANK));
    }

    @Test
    void text_matches_the_purpose_too() {
        assertThat(ExerciseSearch.forClinic(CLINIC).matchingText("birth ball").applyTo(all()))
                .containsExactly(ballBreathing);
    }

    @Test
    void every_word_must_match_but_words_may_match_name_and_purpose_separately() {
        assertThat(ExerciseSearch.forClinic(CLINIC).matchingText("ball   birth").applyTo(all()))
                .containsExactly(ballBreathing);
        assertThat(ExerciseSearch.forClinic(CLINIC).matchingText("ball sprint").applyTo(all()))
                .isEmpty();
    }

    @Test
    void blank_text_matches_everything_and_sql_wildcards_are_plain_characters() {
        var search = ExerciseSearch.forClinic(CLINIC).matchingText("   ");

        assertThat(search.terms()).isEmpty();
        assertThat(search.applyTo(all())).hasSize(builtIns.size() + 2);
        assertThat(ExerciseSearch.forClinic(CLINIC).matchingText("%").applyTo(all()))
                .isEmpty();
        assertThat(ExerciseSearch.forClinic(CLINIC).matchingText("pr_m").applyTo(all()))
                .isEmpty();
    }

    @Test
    void results_are_ordered_by_phase_then_name_ignoring_case_then_id() {
        var lowerCase = clinicExercise(CLINIC, "apple walk", "A walk.", WALKING, STABILITY);
        var upperCase = clinicExercise(CLINIC, "Banana walk", "A walk.", WALKING, STABILITY);
        var twinA = clinicExercise(CLINIC, "Twin", "A walk.", WALKING, STABILITY);
        var twinB = clinicExercise(CLINIC, "twin", "A walk.", WALKING, STABILITY);
        var earlier = clinicExercise(CLINIC, "Zebra breathing", "A breath.", BREATHING, BREATH_AND_CONNECTION);

        var found = ExerciseSearch.forClinic(CLINIC).applyTo(List.of(twinB, upperCase, twinA, lowerCase, earlier));

        var twins = twinA.id().toString().compareTo(twinB.id().toString()) < 0
                ? List.of(twinA, twinB)
                : List.of(twinB, twinA);
        assertThat(found).containsExactly(earlier, lowerCase, upperCase, twins.get(0), twins.get(1));
    }

    @Test
    void built_ins_are_listed_phase_by_phase() {
        var phases = ExerciseSearch.forClinic(CLINIC).applyTo(builtIns).stream()
                .map(exercise -> exercise.phase().number())
                .toList();

        assertThat(phases).isSorted();
    }

    @Test
    void search_text_longer_than_100_characters_is_refused() {
        ExerciseSearch.forClinic(CLINIC).matchingText("a".repeat(100));

        assertThat(refusedFields(() -> ExerciseSearch.forClinic(CLINIC).matchingText("a".repeat(101))))
                .containsExactly(ExerciseSearch.TEXT_FIELD);
    }
}
