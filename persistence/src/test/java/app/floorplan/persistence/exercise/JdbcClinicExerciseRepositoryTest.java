package app.floorplan.persistence.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.exercise.Caution;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseCategory;
import app.floorplan.core.exercise.ExerciseDraft;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ExerciseSearch;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.StoredExercise;
import app.floorplan.core.exercise.WatchFor;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcClinicExerciseRepositoryTest {

    private static final ExerciseId BUILT_IN = ExerciseId.ofBuiltIn(StandardExerciseLibrary.WALL_BUG_PRESS);

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcClinicExerciseRepository exercises = new JdbcClinicExerciseRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private ClinicId ourClinic;
    private ClinicId otherClinic;

    @BeforeEach
    void twoClinics() {
        ourClinic = fixtures.clinic();
        otherClinic = fixtures.clinic();
    }

    @Test
    void an_exercise_with_every_field_reads_back_equal() {
        var harder = draft("Harder press", "Stronger").createFor(ourClinic);
        exercises.add(harder);
        var full = draft("Wall press, full", "Every field filled")
                .setUp("Lie on your back, knees bent.")
                .steps(List.of("Breathe in.", "Breathe out and press.", "Rest."))
                .cues(List.of("Ribs soft.", "Long neck."))
                .watchFor(Set.of(WatchFor.DOMING, WatchFor.BREATH_HOLDING, WatchFor.LEAKING))
                .watchForNote("Stop at the first ridge.")
                .defaultDosage(Dosage.builder()
                        .sets(2, 3)
                        .reps(8, 10)
                        .holdSeconds(5, 10)
                        .perSide()
                        .timesPerDay(2)
                        .daysPerWeek(5)
                        .restSeconds(45)
                        .load("2 kg"))
                .precautions("Not in the first six weeks after a C-section.")
                .loadedAbdominalWork(true)
                .requiresScarClearance(true)
                .cautions(Set.of(Caution.PELVIC_GIRDLE_PAIN, Caution.PROLAPSE_SYMPTOMS, Caution.SEVERE_PERINEAL_TEAR))
                .easierVariant(Optional.of(BUILT_IN))
                .harderVariant(Optional.of(harder.id()))
                .createFor(ourClinic)
                .retire();
        var breaths = draft("Side plank, breaths", "Hold in breaths")
                .defaultDosage(Dosage.builder().sets(1, 2).holdBreaths(3, 5).perSide())
                .createFor(ourClinic);
        var timed = draft("Walk with breath", "Timed")
                .setUp("")
                .cues(List.of())
                .watchFor(Set.of())
                .defaultDosage(Dosage.builder()
                        .duration(Duration.ofSeconds(7200))
                        .timesPerDay(10)
                        .daysPerWeek(7))
                .createFor(ourClinic);

        for (var exercise : List.of(full, breaths, timed)) {
            exercises.add(exercise);
            assertThat(exercises.findById(ourClinic, exercise.id())).contains(new StoredExercise(exercise, 1));
        }
        assertThat(full.defaultDosage().load()).contains("2 kg");
        assertThat(exercises.findById(otherClinic, full.id())).isEmpty();
        assertThat(exercises.findById(ourClinic, BUILT_IN)).isEmpty();
    }

    @Test
    void the_search_returns_what_the_reference_semantics_return_in_the_same_order() {
        var ours = new ArrayList<Exercise>();
        ours.add(add(draft("Bridge", "Glutes and hips", ExerciseCategory.HIPS_GLUTES, ProgramPhase.STABILITY)));
        ours.add(add(draft("bridge", "Lower case twin", ExerciseCategory.HIPS_GLUTES, ProgramPhase.STABILITY)));
        ours.add(add(draft("BRIDGE march", "Marching", ExerciseCategory.HIPS_GLUTES, ProgramPhase.DYNAMIC_CONTROL)));
        ours.add(add(draft("Dead bug", "Deep core with breath", ExerciseCategory.DEEP_CORE, ProgramPhase.STABILITY)));
        ours.add(add(draft(
                "100% effort lift",
                "Car seat", ExerciseCategory.FUNCTIONAL_LIFTING, ProgramPhase.STRENGTH_AND_FUNCTION)));
        ours.add(add(draft(
                "Heel_slide", "Breath and core", ExerciseCategory.DEEP_CORE, ProgramPhase.BREATH_AND_CONNECTION)));
        ours.add(add(draft(
                "Zebra breathing", "Rib expansion", ExerciseCategory.BREATHING, ProgramPhase.BREATH_AND_CONNECTION)));
        ours.add(add(draft(
                "Öppen bok",
                "Bröstrygg och ÅTERHÄMTNING",
                ExerciseCategory.THORACIC_MOBILITY,
                ProgramPhase.STABILITY)));
        var retired = draft("Retired bridge", "Old", ExerciseCategory.HIPS_GLUTES, ProgramPhase.STABILITY)
                .createFor(ourClinic)
                .retire();
        exercises.add(retired);
        ours.add(retired);
        exercises.add(draft("Their bridge", "Other clinic", ExerciseCategory.HIPS_GLUTES, ProgramPhase.STABILITY)
                .createFor(otherClinic));

        var base = ExerciseSearch.forClinic(ourClinic);
        var searches = List.of(
                base,
                base.includingRetired(),
                base.matchingText("bridge"),
                base.matchingText("BRIDGE").includingRetired(),
                base.matchingText("bridge glutes"),
                base.matchingText("dead breath"),
                base.matchingText("breath core"),
                base.matchingText("%"),
                base.matchingText("100%"),
                base.matchingText("_"),
                base.matchingText("heel_"),
                base.matchingText("  march   bridge "),
                base.matchingText("nothing matches this"),
                base.matchingText("öppen"),
                base.matchingText("ÖPPEN bröst"),
                base.matchingText("återhämtning"),
                base.inCategories(ExerciseCategory.DEEP_CORE, ExerciseCategory.BREATHING),
                base.inPhases(ProgramPhase.STABILITY),
                base.inPhases(ProgramPhase.STABILITY, ProgramPhase.DYNAMIC_CONTROL)
                        .inCategories(ExerciseCategory.HIPS_GLUTES)
                        .matchingText("bri")
                        .includingRetired());

        for (var search : searches) {
            var expected = search.applyTo(ours);
            assertThat(exercises.search(search, 0, 100)).as(search.toString()).containsExactlyElementsOf(expected);
            assertThat(exercises.count(search)).as(search.toString()).isEqualTo(expected.size());
        }
        assertThat(exercises.search(base.matchingText("bridge"), 0, 100))
                .extracting(Exercise::name)
                .containsExactlyInAnyOrder("Bridge", "bridge", "BRIDGE march");
    }

    @Test
    void pages_follow_the_order_and_never_reach_another_clinic() {
        for (int i = 0; i < 12; i++) {
            add(draft(
                    "Exercise " + (char) ('a' + i), "Paging", ExerciseCategory.WALKING, ProgramPhase.values()[i % 4]));
        }
        exercises.add(draft("Exercise z", "Paging", ExerciseCategory.WALKING, ProgramPhase.STABILITY)
                .createFor(otherClinic));
        var search = ExerciseSearch.forClinic(ourClinic);
        var whole = exercises.search(search, 0, 100);

        var paged = new ArrayList<Exercise>();
        paged.addAll(exercises.search(search, 0, 5));
        paged.addAll(exercises.search(search, 5, 5));
        paged.addAll(exercises.search(search, 10, 5));

        assertThat(whole).hasSize(12).allMatch(e -> e.isOwnedBy(ourClinic));
        assertThat(paged).containsExactlyElementsOf(whole);
        assertThat(exercises.search(search, 12, 5)).isEmpty();
    }

    @Test
    void an_update_needs_the_version_it_was_made_on() {
        var exercise = add(draft("Clamshell", "Side hips", ExerciseCategory.HIPS_GLUTES, ProgramPhase.STABILITY));
        var first = ExerciseDraft.of(exercise).name("Clamshell with band").revise(exercise);
        var second = ExerciseDraft.of(exercise).name("Clamshell, slow").revise(exercise);

        assertThat(exercises.update(first, 1)).isTrue();
        assertThat(exercises.update(second, 1)).isFalse();
        assertThat(exercises.findById(ourClinic, exercise.id())).contains(new StoredExercise(first, 2));

        assertThat(exercises.update(first.retire(), 2)).isTrue();
        assertThat(exercises.findById(ourClinic, exercise.id())).contains(new StoredExercise(first.retire(), 3));
    }

    @Test
    void another_clinic_cannot_update_an_exercise_it_does_not_own() {
        var exercise = add(draft("Clamshell", "Side hips", ExerciseCategory.HIPS_GLUTES, ProgramPhase.STABILITY));
        var hijack = new Exercise(
                exercise.id(),
                new app.floorplan.core.exercise.ExerciseOwner.ClinicOwned(otherClinic),
                "Hijacked",
                exercise.purpose(),
                exercise.category(),
                exercise.phase(),
                exercise.instructions(),
                exercise.watchFors(),
                exercise.defaultDosage(),
                exercise.precautions(),
                exercise.variants(),
                false);

        assertThat(exercises.update(hijack, 1)).isFalse();
        assertThat(exercises
                        .findById(ourClinic, exercise.id())
                        .orElseThrow()
                        .exercise()
                        .name())
                .isEqualTo("Clamshell");
    }

    @Test
    void the_database_refuses_a_dosage_core_would_refuse() {
        var exercise = add(draft("Clamshell", "Side hips", ExerciseCategory.HIPS_GLUTES, ProgramPhase.STABILITY));

        assertThatThrownBy(() -> jdbc.sql("update clinic_exercise set sets_low = 21, sets_high = 21 where id = ?")
                        .param(exercise.id().value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("clinic_exercise_sets");
        assertThatThrownBy(() -> jdbc.sql("update clinic_exercise set duration_seconds = 60 where id = ?")
                        .param(exercise.id().value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("clinic_exercise_duration_alone");
    }

    @Test
    void a_clinic_exercise_starts_without_cautions_and_the_database_refuses_an_unknown_one() {
        var exercise = add(draft("Clamshell", "Side hips", ExerciseCategory.HIPS_GLUTES, ProgramPhase.STABILITY));

        assertThat(exercises
                        .findById(ourClinic, exercise.id())
                        .orElseThrow()
                        .exercise()
                        .precautions()
                        .cautions())
                .isEmpty();
        assertThatThrownBy(() -> jdbc.sql("update clinic_exercise set cautions = array['KNEE_PAIN'] where id = ?")
                        .param(exercise.id().value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("clinic_exercise_cautions_check");
    }

    private Exercise add(ExerciseDraft draft) {
        var exercise = draft.createFor(ourClinic);
        exercises.add(exercise);
        return exercise;
    }

    private static ExerciseDraft draft(String name, String purpose) {
        return draft(name, purpose, ExerciseCategory.DEEP_CORE, ProgramPhase.STABILITY);
    }

    private static ExerciseDraft draft(String name, String purpose, ExerciseCategory category, ProgramPhase phase) {
        return new ExerciseDraft()
                .name(name)
                .purpose(purpose)
                .category(category)
                .phase(phase)
                .steps(List.of("Do it slowly."))
                .defaultDosage(Dosage.builder().reps(10));
    }
}
