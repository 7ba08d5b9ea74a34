package app.floorplan.core.program;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.DEAD_BUG_MARCHING;
import static app.floorplan.core.program.ProgramFixtures.HEEL_SLIDES;
import static app.floorplan.core.program.ProgramFixtures.NOW;
import static app.floorplan.core.program.ProgramFixtures.PT;
import static app.floorplan.core.program.ProgramFixtures.SCAR_MOBILISATION;
import static app.floorplan.core.program.ProgramFixtures.TODAY;
import static app.floorplan.core.program.ProgramFixtures.WALL_BUG_PRESS_TABLETOP;
import static app.floorplan.core.program.ProgramFixtures.content;
import static app.floorplan.core.program.ProgramFixtures.exercise;
import static app.floorplan.core.program.ProgramFixtures.intake;
import static app.floorplan.core.program.ProgramFixtures.scarExamined;
import static app.floorplan.core.testing.Refusals.refusals;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.BreathingPattern;
import app.floorplan.core.assessment.BreathingSection;
import app.floorplan.core.assessment.RibExpansion;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.intake.DeliveryMode;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.PrescriptionDecision;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.ReferralRecipient;
import app.floorplan.core.validation.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrescriptionGateTest {

    private final PrescriptionGate gate = new PrescriptionGate();

    private PrescriptionCheck check(ProgramContent content, Optional<Intake> intake, List<Assessment> assessments) {
        Map<ExerciseId, Exercise> exercises = content.items().stream()
                .map(item -> ProgramFixtures.LIBRARY.find(item.exercise()).orElseThrow())
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
        return gate.check(content, exercises, PrescriptionContext.of(intake, assessments, TODAY));
    }

    private PrescriptionCheck check(String code, Intake intake, Assessment... assessments) {
        return check(content(ProgramPhase.STABILITY, BREATHING, code), Optional.of(intake), List.of(assessments));
    }

    @Test
    void a_cleared_patient_may_be_prescribed_any_program() {
        var result = check(
                content(ProgramPhase.STABILITY, BREATHING, HEEL_SLIDES, WALL_BUG_PRESS_TABLETOP),
                Optional.of(intake().build()),
                List.of());

        assertThat(result.isAllowed()).isTrue();
        assertThat(result.items()).extracting(ItemDecision::isAllowed).containsExactly(true, true, true);
        assertThat(result.refusals()).isEmpty();
    }

    @Test
    void an_unresolved_red_flag_blocks_the_whole_program() {
        var result =
                check(HEEL_SLIDES, intake().redFlags(RedFlag.SEVERE_NIGHT_PAIN).build());

        assertThat(result.isAllowed()).isFalse();
        assertThat(result.program())
                .isInstanceOfSatisfying(
                        PrescriptionDecision.Rejection.class,
                        rejection -> assertThat(rejection.reason()).contains(RedFlag.SEVERE_NIGHT_PAIN.label()));
        assertThat(result.refusals()).extracting(Violation::field).containsExactly("program");
    }

    @Test
    void a_red_flag_with_a_recorded_referral_no_longer_blocks() {
        var referred = intake().redFlags(RedFlag.SEVERE_NIGHT_PAIN)
                .build()
                .recordRedFlagResolution(
                        RedFlagOutcome.ROUTINE_REFERRAL,
                        Set.of(RedFlag.SEVERE_NIGHT_PAIN),
                        Optional.of(ReferralRecipient.GP),
                        "Referred to her GP",
                        PT,
                        NOW);

        assertThat(check(HEEL_SLIDES, referred).isAllowed()).isTrue();
    }

    @Test
    void without_an_intake_nothing_may_be_prescribed() {
        var result = check(content(ProgramPhase.STABILITY, BREATHING), Optional.empty(), List.of());

        assertThat(result.program())
                .isInstanceOfSatisfying(
                        PrescriptionDecision.Rejection.class,
                        rejection -> assertThat(rejection.reason()).startsWith("No intake is recorded"));
    }

    static Stream<Arguments> loadedWorkAfterBirth() {
        return Stream.of(
                Arguments.of("caesarean 5 weeks 6 days ago", DeliveryMode.EMERGENCY_CAESAREAN, 41, false),
                Arguments.of("planned caesarean 2 weeks ago", DeliveryMode.PLANNED_CAESAREAN, 14, false),
                Arguments.of("caesarean exactly 6 weeks ago", DeliveryMode.EMERGENCY_CAESAREAN, 42, true),
                Arguments.of("vaginal birth 2 weeks ago", DeliveryMode.SPONTANEOUS_VAGINAL, 14, true),
                Arguments.of("VBAC 2 weeks ago", DeliveryMode.VBAC, 14, true));
    }

    @ParameterizedTest(name = "{0}: loaded abdominal work allowed = {3}")
    @MethodSource("loadedWorkAfterBirth")
    void loaded_abdominal_work_waits_for_the_early_weeks_after_a_caesarean_to_pass(
            String birth, DeliveryMode mode, int daysAgo, boolean allowed) {
        var patient = intake().delivered(mode, TODAY.minusDays(daysAgo)).build();

        var result = check(WALL_BUG_PRESS_TABLETOP, patient);

        assertThat(exercise(WALL_BUG_PRESS_TABLETOP).precautions().loadedAbdominalWork())
                .isTrue();
        assertThat(result.isAllowed()).isEqualTo(allowed);
        assertThat(result.items().getFirst().isAllowed())
                .as("breathing is never loaded")
                .isTrue();
    }

    @Test
    void the_early_caesarean_refusal_names_the_weeks_and_cites_the_brief() {
        var result = check(DEAD_BUG_MARCHING, intake().caesareanDaysAgo(30).build());

        assertThat(result.program().isAllowed()).isTrue();
        assertThat(result.refusals())
                .containsExactly(new Violation(
                        "program.items[1]",
                        "Loaded abdominal work waits until the early weeks after a C-section are over (commonly < 6"
                                + " weeks, until cleared): the C-section was 4 weeks 2 days ago"));
    }

    @Test
    void an_older_caesarean_followed_by_a_recent_vaginal_birth_leaves_no_fresh_wound() {
        var patient = intake().earlierDelivery(DeliveryMode.PLANNED_CAESAREAN, TODAY.minusYears(3))
                .delivered(DeliveryMode.SPONTANEOUS_VAGINAL, TODAY.minusWeeks(2))
                .build();

        assertThat(check(WALL_BUG_PRESS_TABLETOP, patient).isAllowed()).isTrue();
    }

    @Test
    void scar_work_is_refused_until_an_assessment_has_examined_the_scar() {
        var result = check(SCAR_MOBILISATION, intake().caesareanDaysAgo(70).build());

        assertThat(result.items().get(1).refusals())
                .containsExactly("No assessment has examined the C-section scar yet: scar work starts once an"
                        + " assessment records it healed");
    }

    @Test
    void scar_work_is_refused_while_the_scar_is_not_healed() {
        var result = check(SCAR_MOBILISATION, intake().caesareanDaysAgo(70).build(), scarExamined(TODAY, false));

        assertThat(result.items().get(1).refusals())
                .containsExactly("The C-section scar was not healed at the assessment on " + TODAY
                        + ": scar work starts once it has healed and been cleared");
    }

    @Test
    void scar_work_is_allowed_once_the_scar_is_healed_even_if_a_later_visit_skipped_the_scar() {
        var laterVisit = ProgramFixtures.assessment(
                TODAY,
                AssessmentSections.builder()
                        .breathing(new BreathingSection(
                                BreathingPattern.DIAPHRAGMATIC, RibExpansion.FULL, RibExpansion.FULL, false, true))
                        .build());

        var result = check(
                SCAR_MOBILISATION,
                intake().caesareanDaysAgo(70).build(),
                laterVisit,
                scarExamined(TODAY.minusWeeks(2), true));

        assertThat(result.isAllowed()).isTrue();
    }

    @Test
    void the_newest_scar_examination_decides() {
        var result = check(
                SCAR_MOBILISATION,
                intake().caesareanDaysAgo(70).build(),
                scarExamined(TODAY.minusWeeks(4), true),
                scarExamined(TODAY, false));

        assertThat(result.isAllowed()).isFalse();
    }

    @Test
    void every_refusal_is_reported_at_once_under_its_key() {
        var content = content(ProgramPhase.STABILITY, BREATHING, WALL_BUG_PRESS_TABLETOP, SCAR_MOBILISATION);
        var patient = intake().caesareanDaysAgo(20).redFlags(RedFlag.FEVER).build();

        var refused =
                refusals(check(content, Optional.of(patient), List.of(scarExamined(TODAY, false)))::throwIfRefused);

        assertThat(refused)
                .extracting(Violation::field)
                .containsExactly("program", "program.items[1]", "program.items[2]");
    }
}
