package app.floorplan.core.program;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.TODAY;
import static app.floorplan.core.program.ProgramFixtures.content;
import static app.floorplan.core.program.ProgramFixtures.exercise;
import static app.floorplan.core.program.ProgramFixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorSymptom;
import app.floorplan.core.exercise.Caution;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.intake.PerinealTrauma;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The gate warns, with the reason and its source, about an exercise with a caution the patient's record shows; it still
 * allows it (the PT decides). Pelvic girdle pain from the intake [NCA-PGP], prolapse symptoms from the newest
 * pelvic floor assessment [NICE-NG210], a 3rd or 4th degree tear at the latest birth (clinic rule).
 */
class ExerciseCautionsTest {

    private static final String CARRY = "suitcase-carry";
    private static final String SQUAT = "squat-with-breath";
    private static final String BRIDGE_MARCH = "bridge-with-march";

    private final PrescriptionGate gate = new PrescriptionGate();

    private PrescriptionCheck check(String code, Intake intake, Assessment... assessments) {
        var program = content(ProgramPhase.STRENGTH_AND_FUNCTION, BREATHING, code);
        Map<ExerciseId, Exercise> exercises = program.items().stream()
                .map(item -> ProgramFixtures.LIBRARY.find(item.exercise()).orElseThrow())
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
        return gate.check(program, exercises, PrescriptionContext.of(Optional.of(intake), List.of(assessments), TODAY));
    }

    private static Assessment symptoms(PelvicFloorSymptom... reported) {
        return ProgramFixtures.assessment(
                TODAY,
                AssessmentSections.builder()
                        .pelvicFloor(PelvicFloorSection.withoutInternalExam(false, Set.of(reported)))
                        .build());
    }

    @Test
    void pelvic_girdle_pain_warns_about_single_leg_work_and_still_allows_it_nca_pgp_leaflet() {
        var result =
                check(BRIDGE_MARCH, intake().painAt(PainSite.PUBIC_SYMPHYSIS).build());

        assertThat(result.isAllowed()).isTrue();
        assertThat(result.hasWarnings()).isTrue();
        assertThat(result.items().get(1).warnings())
                .containsExactly("Take care: pelvic girdle pain (Intake: pain at the pubic symphysis) and this"
                        + " exercise has a single-leg, wide-leg, deep squat or one-sided load [NCA-PGP]");
        assertThat(result.items().getFirst().warnings())
                .as("360° breathing has no caution")
                .isEmpty();
    }

    @Test
    void prolapse_symptoms_warn_about_loaded_carries_nice_ng210() {
        var result = check(CARRY, intake().build(), symptoms(PelvicFloorSymptom.BULGE_HEAVINESS));

        assertThat(result.items().get(1).warnings())
                .singleElement()
                .asString()
                .startsWith("Take care: prolapse symptoms (bulge or heaviness) (Assessment on " + TODAY)
                .endsWith("lifted or carried load [NICE-NG210]");
    }

    @Test
    void a_third_or_fourth_degree_tear_warns_about_deep_squats_clinic_rule() {
        var result = check(
                SQUAT, intake().perinealTrauma(PerinealTrauma.FOURTH_DEGREE).build());

        assertThat(result.items().get(1).warnings())
                .singleElement()
                .asString()
                .contains("3rd or 4th degree tear (Intake: 4th degree tear at the birth on")
                .endsWith("(clinic rule)");
    }

    @Test
    void without_the_condition_in_the_record_there_is_no_warning() {
        var result = check(CARRY, intake().build(), symptoms(PelvicFloorSymptom.STRESS_URINARY_INCONTINENCE));

        assertThat(result.hasWarnings()).isFalse();
    }

    @Test
    void only_the_latest_birth_counts_for_the_tear_caution() {
        var conditions = RecordedConditions.of(PrescriptionContext.of(
                Optional.of(
                        intake().perinealTrauma(PerinealTrauma.SECOND_DEGREE).build()),
                List.of(),
                TODAY));

        assertThat(conditions.fact(Caution.SEVERE_PERINEAL_TEAR)).isEmpty();
    }

    @Test
    void the_newest_pelvic_floor_assessment_decides_prolapse_symptoms() {
        var older = ProgramFixtures.assessment(
                TODAY.minusWeeks(4),
                AssessmentSections.builder()
                        .pelvicFloor(PelvicFloorSection.withoutInternalExam(
                                false, Set.of(PelvicFloorSymptom.BULGE_HEAVINESS)))
                        .build());
        var newer = symptoms();

        var conditions = RecordedConditions.of(
                PrescriptionContext.of(Optional.of(intake().build()), List.of(older, newer), TODAY));

        assertThat(conditions.fact(Caution.PROLAPSE_SYMPTOMS)).isEmpty();
        assertThat(exercise(CARRY).precautions().cautions()).contains(Caution.PROLAPSE_SYMPTOMS);
    }
}
