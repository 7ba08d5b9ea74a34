package app.floorplan.core.exercise.library;

import static app.floorplan.core.exercise.library.StandardExerciseLibrary.MODIFIED_SIDE_PLANK;
import static app.floorplan.core.exercise.library.StandardExerciseLibrary.SIDE_LYING_OPEN_BOOK;
import static app.floorplan.core.exercise.library.StandardExerciseLibrary.WALL_BUG_PRESS;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.Caution;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseCategory;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.WatchFor;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.dosage.DosageText;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StandardExerciseLibraryTest {

    private final StandardExerciseLibrary library = new StandardExerciseLibrary();
    private final List<Exercise> exercises = library.exercises();

    private Exercise exercise(ExerciseCode code) {
        return library.find(code).orElseThrow();
    }

    private Exercise exercise(String code) {
        return exercise(ExerciseCode.of(code));
    }

    @Test
    void the_library_holds_at_least_28_exercises_with_unique_codes() {
        assertThat(exercises).hasSizeGreaterThanOrEqualTo(28);
        assertThat(exercises).extracting(Exercise::code).doesNotHaveDuplicates();
        assertThat(exercises).extracting(Exercise::id).doesNotHaveDuplicates();
    }

    @Test
    void every_category_and_every_phase_is_covered() {
        assertThat(exercises).extracting(Exercise::category).containsAll(List.of(ExerciseCategory.values()));
        assertThat(exercises).extracting(Exercise::phase).containsAll(List.of(ProgramPhase.values()));
    }

    @Test
    void every_built_in_is_shared_active_and_identified_by_its_code() {
        assertThat(exercises).allSatisfy(exercise -> {
            assertThat(exercise.isBuiltIn()).isTrue();
            assertThat(exercise.retired()).isFalse();
            assertThat(exercise.code()).isPresent();
            assertThat(exercise.id())
                    .isEqualTo(ExerciseId.ofBuiltIn(exercise.code().orElseThrow()));
            assertThat(library.find(exercise.id())).contains(exercise);
        });
    }

    @Test
    void every_exercise_tells_the_patient_how_to_set_up_what_to_do_and_what_to_watch_for() {
        assertThat(exercises).allSatisfy(exercise -> {
            assertThat(exercise.purpose()).isNotBlank();
            assertThat(exercise.instructions().setUp()).isPresent();
            assertThat(exercise.instructions().steps()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(exercise.instructions().cues()).isNotEmpty();
            assertThat(exercise.watchFors().signs()).isNotEmpty();
            assertThat(DosageText.forPatient(exercise.defaultDosage())).isNotBlank();
        });
    }

    @Test
    void every_variant_link_points_at_another_built_in() {
        assertThat(exercises).allSatisfy(exercise -> {
            for (var link :
                    List.of(exercise.variants().easier(), exercise.variants().harder())) {
                link.ifPresent(id -> {
                    assertThat(id).isNotEqualTo(exercise.id());
                    assertThat(library.find(id))
                            .as("%s links to %s", exercise.code(), id)
                            .isPresent();
                });
            }
        });
    }

    @Test
    void a_harder_variant_is_never_in_an_earlier_phase_and_an_easier_one_never_in_a_later_phase() {
        assertThat(exercises).allSatisfy(exercise -> {
            int phase = exercise.phase().number();
            linked(exercise.variants().harder())
                    .ifPresent(harder -> assertThat(harder.phase().number())
                            .as("harder than %s", exercise.code())
                            .isGreaterThanOrEqualTo(phase));
            linked(exercise.variants().easier())
                    .ifPresent(easier -> assertThat(easier.phase().number())
                            .as("easier than %s", exercise.code())
                            .isLessThanOrEqualTo(phase));
        });
    }

    @Test
    void following_harder_or_easier_variants_always_comes_to_an_end() {
        for (var exercise : exercises) {
            assertChainEnds(exercise, next -> linked(next.variants().harder()));
            assertChainEnds(exercise, next -> linked(next.variants().easier()));
        }
    }

    @Test
    void the_deep_core_line_progresses_from_heel_slides_through_the_dead_bug_levels() {
        assertThat(harderOf("tva-draw-in-with-breath")).isEqualTo("heel-slides");
        assertThat(harderOf("heel-slides")).isEqualTo("dead-bug-marching");
        assertThat(harderOf("dead-bug-marching")).isEqualTo("dead-bug-toe-taps");
        assertThat(harderOf("dead-bug-toe-taps")).isEqualTo("dead-bug");
    }

    @Test
    void wall_bug_press_is_published_as_5_reps_each_side_holding_5_to_10_seconds_watching_for_doming() {
        var wallBug = exercise(WALL_BUG_PRESS);

        assertThat(wallBug.name()).isEqualTo("Wall bug press");
        assertThat(wallBug.category()).isEqualTo(ExerciseCategory.DEEP_CORE);
        assertThat(wallBug.defaultDosage())
                .isEqualTo(Dosage.builder().reps(5).perSide().holdSeconds(5, 10).build());
        assertThat(DosageText.forPatient(wallBug.defaultDosage())).isEqualTo("5 reps each side, hold 5-10 seconds.");
        assertThat(wallBug.watchFors().signs()).contains(WatchFor.DOMING, WatchFor.BREATH_HOLDING);
    }

    @Test
    void wall_bug_press_keeps_both_feet_on_the_floor_as_in_its_source_and_is_phase_1_work() {
        var wallBug = exercise(WALL_BUG_PRESS);

        assertThat(wallBug.phase()).isEqualTo(ProgramPhase.BREATH_AND_CONNECTION);
        assertThat(wallBug.instructions().setUp().orElseThrow()).contains("both feet flat on the floor");
        assertThat(wallBug.instructions().steps())
                .anySatisfy(step -> assertThat(step).contains("Both feet stay on the floor"))
                .noneSatisfy(step -> assertThat(step).containsIgnoringCase("lift one knee"));
        assertThat(wallBug.precautions().loadedAbdominalWork()).isFalse();
    }

    @Test
    void the_tabletop_wall_bug_press_is_its_harder_variant_and_loaded_abdominal_work() {
        var tabletop = exercise(StandardExerciseLibrary.WALL_BUG_PRESS_TABLETOP);

        assertThat(harderOf(WALL_BUG_PRESS.value())).isEqualTo("wall-bug-press-tabletop");
        assertThat(tabletop.variants().easier()).contains(ExerciseId.ofBuiltIn(WALL_BUG_PRESS));
        assertThat(tabletop.phase()).isEqualTo(ProgramPhase.STABILITY);
        assertThat(tabletop.instructions().steps())
                .anySatisfy(step -> assertThat(step).contains("lift one knee up over your hip"));
        assertThat(tabletop.defaultDosage()).isEqualTo(exercise(WALL_BUG_PRESS).defaultDosage());
        assertThat(tabletop.precautions().loadedAbdominalWork()).isTrue();
    }

    @Test
    void no_exercise_claims_to_close_a_tummy_gap_gluppe_2018() {
        assertThat(exercises).allSatisfy(exercise -> assertThat(patientText(exercise))
                .as("%s", exercise.code())
                .doesNotContainPattern("(?i)gap (close|closing)|close (a|the|your) (tummy )?gap|heals? (a|the|your)"
                        + " (tummy )?gap|closes? (a|the|your) (tummy )?gap"));
    }

    @Test
    void no_exercise_promises_to_ease_symptoms_or_keep_back_and_pelvic_floor_from_strain() {
        assertThat(exercises).allSatisfy(exercise -> assertThat(exercise.purpose())
                .as("%s", exercise.code())
                .doesNotContainPattern("(?i)without straining|take strain off|can ease|easing|safe lifting"));
    }

    @Test
    void wide_leg_single_leg_deep_squat_and_one_sided_load_exercises_carry_the_pelvic_girdle_pain_caution() {
        assertThat(List.of(
                        "bent-knee-fall-outs",
                        "bridge-with-march",
                        "child-pose-breathing",
                        "happy-baby-pelvic-floor-release",
                        "squat-with-breath",
                        "floor-to-standing",
                        "suitcase-carry"))
                .allSatisfy(code -> {
                    var precautions = exercise(code).precautions();
                    assertThat(precautions.cautions()).as(code).contains(Caution.PELVIC_GIRDLE_PAIN);
                    assertThat(precautions.text().orElseThrow()).as(code).containsIgnoringCase("pelvic girdle pain");
                });
    }

    @Test
    void loaded_carries_and_lifts_carry_the_prolapse_and_tear_cautions_and_deep_squats_the_tear_caution() {
        assertThat(List.of("suitcase-carry", "lift-with-exhale-on-effort"))
                .allSatisfy(code -> assertThat(exercise(code).precautions().cautions())
                        .as(code)
                        .contains(Caution.PROLAPSE_SYMPTOMS, Caution.SEVERE_PERINEAL_TEAR));
        assertThat(exercise("squat-with-breath").precautions().cautions()).contains(Caution.SEVERE_PERINEAL_TEAR);
        assertThat(exercise("lift-with-exhale-on-effort").precautions().text().orElseThrow())
                .contains("bulge or heaviness", "3rd or 4th degree tear");
    }

    @Test
    void breathing_and_pelvic_floor_training_carry_no_condition_caution() {
        assertThat(exercises)
                .filteredOn(exercise -> exercise.category() == ExerciseCategory.PELVIC_FLOOR_STRENGTH
                        || exercise.code().orElseThrow().value().equals("diaphragmatic-breathing"))
                .allSatisfy(exercise -> assertThat(exercise.precautions().cautions())
                        .as("%s", exercise.code())
                        .isEmpty());
    }

    @Test
    void the_walking_precaution_gives_the_bleeding_threshold_for_calling_at_once_awhonn_2023() {
        assertThat(exercise("walking-with-breath-and-core").precautions().text().orElseThrow())
                .contains(
                        "soak a pad in an hour or less",
                        "clots bigger than a golf ball",
                        "Call emergency services now");
    }

    @Test
    void side_lying_open_book_is_published_as_8_to_10_reps_each_side() {
        var openBook = exercise(SIDE_LYING_OPEN_BOOK);

        assertThat(openBook.name()).isEqualTo("Side-lying open book with core engagement");
        assertThat(openBook.category()).isEqualTo(ExerciseCategory.THORACIC_MOBILITY);
        assertThat(openBook.defaultDosage())
                .isEqualTo(Dosage.builder().reps(8, 10).perSide().build());
        assertThat(DosageText.forPatient(openBook.defaultDosage())).isEqualTo("8-10 reps each side.");
    }

    @Test
    void modified_side_plank_is_published_as_2_to_3_sets_each_side_holding_3_to_5_breaths() {
        var sidePlank = exercise(MODIFIED_SIDE_PLANK);

        assertThat(sidePlank.name()).isEqualTo("Modified side plank with breath");
        assertThat(sidePlank.category()).isEqualTo(ExerciseCategory.LATERAL_CORE);
        assertThat(sidePlank.defaultDosage())
                .isEqualTo(
                        Dosage.builder().sets(2, 3).perSide().holdBreaths(3, 5).build());
        assertThat(DosageText.forPatient(sidePlank.defaultDosage()))
                .isEqualTo("2-3 sets, each side: hold 3-5 breaths.");
    }

    @Test
    void modified_side_plank_progresses_to_a_straight_top_leg_and_a_longer_hold() {
        var sidePlank = exercise(MODIFIED_SIDE_PLANK);
        var harder = linked(sidePlank.variants().harder()).orElseThrow();

        assertThat(harder.code()).contains(ExerciseCode.of("side-plank-straight-top-leg"));
        assertThat(harder.defaultDosage().holdBreaths().orElseThrow().high())
                .isGreaterThan(
                        sidePlank.defaultDosage().holdBreaths().orElseThrow().high());
        assertThat(harder.variants().easier()).contains(sidePlank.id());
    }

    @Test
    void the_exercises_a_pelvic_floor_therapist_expects_are_all_there() {
        assertThat(exercises)
                .extracting(exercise -> exercise.code().orElseThrow().value())
                .contains(
                        "diaphragmatic-breathing",
                        "pelvic-floor-endurance-holds",
                        "pelvic-floor-quick-flicks",
                        "pelvic-floor-relaxation-breathing",
                        "tva-draw-in-with-breath",
                        "heel-slides",
                        "dead-bug",
                        "bird-dog",
                        "glute-bridge",
                        "clamshell",
                        "cat-camel",
                        "seated-thoracic-rotation",
                        "wall-angels",
                        "scapular-setting",
                        "hip-hinge-practice",
                        "lift-with-exhale-on-effort",
                        "sit-to-stand-with-exhale",
                        "squat-with-breath",
                        "c-section-scar-mobilisation",
                        "walking-with-breath-and-core");
    }

    @Test
    void planks_dead_bugs_and_loaded_lifts_are_flagged_as_loaded_abdominal_work() {
        assertThat(List.of(
                        exercise(MODIFIED_SIDE_PLANK),
                        exercise("dead-bug-marching"),
                        exercise("dead-bug"),
                        exercise("bird-dog"),
                        exercise("lift-with-exhale-on-effort")))
                .allSatisfy(exercise ->
                        assertThat(exercise.precautions().loadedAbdominalWork()).isTrue());
    }

    @Test
    void walking_advice_gives_the_emergency_threshold_for_heavy_bleeding_after_AWHONN_POSTBIRTH() {
        String precautions =
                exercise("walking-with-breath-and-core").precautions().text().orElseThrow();

        assertThat(precautions)
                .contains("Call emergency services now")
                .contains("soak a pad in an hour or less")
                .contains("clots bigger than a golf ball")
                .contains("dizzy or faint")
                .doesNotContain("if it continues");
    }

    @Test
    void breathing_pelvic_floor_and_early_deep_core_work_is_not_loaded_so_it_stays_open_after_a_c_section() {
        assertThat(exercises)
                .filteredOn(exercise -> exercise.phase() == ProgramPhase.BREATH_AND_CONNECTION)
                .allSatisfy(exercise -> assertThat(exercise.precautions().loadedAbdominalWork())
                        .as("%s", exercise.code())
                        .isFalse());
    }

    @Test
    void loaded_exercises_explain_the_precaution_to_the_patient() {
        assertThat(exercises)
                .filteredOn(exercise -> exercise.precautions().loadedAbdominalWork())
                .allSatisfy(
                        exercise -> assertThat(exercise.precautions().text()).isPresent());
    }

    @Test
    void only_scar_care_needs_scar_clearance_and_all_of_it_does() {
        assertThat(exercises)
                .allSatisfy(exercise -> assertThat(exercise.precautions().requiresScarClearance())
                        .as("%s", exercise.code())
                        .isEqualTo(exercise.category() == ExerciseCategory.SCAR_CARE));
    }

    @Test
    void pelvic_floor_relaxation_is_offered_from_the_first_phase() {
        assertThat(exercises)
                .filteredOn(exercise -> exercise.category() == ExerciseCategory.PELVIC_FLOOR_RELAXATION)
                .extracting(Exercise::phase)
                .contains(ProgramPhase.BREATH_AND_CONNECTION);
    }

    @Test
    void an_unknown_code_or_id_finds_nothing() {
        assertThat(library.find(ExerciseCode.of("no-such-exercise"))).isEmpty();
        assertThat(library.find(ExerciseId.random())).isEmpty();
    }

    private Optional<Exercise> linked(Optional<ExerciseId> link) {
        return link.flatMap(library::find);
    }

    private String harderOf(String code) {
        return linked(exercise(code).variants().harder())
                .flatMap(Exercise::code)
                .map(ExerciseCode::value)
                .orElseThrow();
    }

    private static String patientText(Exercise exercise) {
        var texts = new java.util.ArrayList<String>();
        texts.add(exercise.purpose());
        exercise.instructions().setUp().ifPresent(texts::add);
        texts.addAll(exercise.instructions().steps());
        texts.addAll(exercise.instructions().cues());
        exercise.watchFors().note().ifPresent(texts::add);
        exercise.precautions().text().ifPresent(texts::add);
        return String.join("\n", texts);
    }

    private static void assertChainEnds(Exercise start, Function<Exercise, Optional<Exercise>> next) {
        var seen = new HashSet<ExerciseId>();
        var current = Optional.of(start);
        while (current.isPresent()) {
            assertThat(seen.add(current.get().id()))
                    .as("variant chain from %s loops", start.code())
                    .isTrue();
            current = next.apply(current.get());
        }
    }
}
