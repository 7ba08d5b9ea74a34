package app.floorplan.core.suggestion;

import static app.floorplan.core.program.ProgramFixtures.TODAY;
import static app.floorplan.core.program.ProgramFixtures.intake;
import static app.floorplan.core.suggestion.SuggestionFixtures.intakeOnly;
import static app.floorplan.core.suggestion.SuggestionFixtures.pelvicFloor;
import static app.floorplan.core.suggestion.SuggestionFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorSymptom;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.intake.PerinealTrauma;
import app.floorplan.core.program.ProgramFixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pelvic floor symptoms recorded in the pelvic floor section, most of them without an internal exam, drive the
 * suggestion: each scenario names the source of what it expects.
 */
class PelvicFloorSymptomRulesTest {

    private static final List<ExerciseCode> PELVIC_FLOOR_TRAINING =
            List.of(ExerciseCode.of("pelvic-floor-endurance-holds"), ExerciseCode.of("pelvic-floor-quick-flicks"));

    private final ProgramSuggester suggester = new ProgramSuggester(ProgramFixtures.LIBRARY);

    private static SuggestionInput reported(PelvicFloorSymptom... symptoms) {
        return visit(s -> s.pelvicFloor(PelvicFloorSection.withoutInternalExam(false, Set.of(symptoms))));
    }

    @Test
    void stress_incontinence_without_an_internal_exam_gets_pelvic_floor_muscle_training_nice_ng210() {
        var outcome = new StressIncontinenceRule().apply(reported(PelvicFloorSymptom.STRESS_URINARY_INCONTINENCE));

        assertThat(outcome.exercises())
                .extracting(RuleOutcome.ExerciseProposal::code)
                .containsExactlyElementsOf(PELVIC_FLOOR_TRAINING);
        assertThat(outcome.exercises().getFirst().because())
                .singleElement()
                .asString()
                .contains("Stress urinary incontinence", "without an internal exam", "[NICE-NG210]");
        assertThat(outcome.precautions())
                .extracting(SuggestedPrecaution::text)
                .containsExactly(StressIncontinenceRule.SUPERVISED_TRAINING);
        assertThat(outcome.advice())
                .extracting(RuleOutcome.AdviceProposal::advice)
                .as("the squeeze before a cough [MILLER-1998]")
                .containsExactly(DailyLifeAdvice.COUGHING_AND_SNEEZING);
    }

    @Test
    void stress_incontinence_reaches_the_suggested_program_without_an_internal_exam_nice_ng210() {
        var suggestion = suggester.suggest(reported(PelvicFloorSymptom.STRESS_URINARY_INCONTINENCE));

        assertThat(suggestion.items())
                .extracting(item -> item.id().value())
                .containsExactly("pelvic-floor-endurance-holds", "pelvic-floor-quick-flicks");
        assertThat(suggestion.withheld()).isEmpty();
    }

    @Test
    void urge_incontinence_gets_bladder_training_advice_nice_ng123() {
        var outcome = new UrgeIncontinenceRule().apply(reported(PelvicFloorSymptom.URGE_INCONTINENCE));

        assertThat(outcome.advice()).singleElement().satisfies(advice -> {
            assertThat(advice.advice()).isEqualTo(DailyLifeAdvice.BLADDER_TRAINING);
            assertThat(advice.becauseText()).contains("Urge incontinence reported", "[NICE-NG123]");
        });
        assertThat(outcome.exercises()).isEmpty();
    }

    @Test
    void faecal_or_flatus_incontinence_gets_a_specialist_referral_suggestion_nice_cg49() {
        var suggestion = suggester.suggest(reported(PelvicFloorSymptom.FAECAL_OR_FLATUS_INCONTINENCE));

        assertThat(suggestion.referrals()).singleElement().satisfies(referral -> {
            assertThat(referral.to()).isEqualTo(Referral.BOWEL_CONTROL_SPECIALIST);
            assertThat(referral.to().source()).isEqualTo("[NICE-CG49]");
            assertThat(referral.becauseText()).contains("Faecal or flatus incontinence reported");
        });
        assertThat(suggestion.items())
                .as("a referral is advice to the PT, not an exercise")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} at the latest birth -> perineal clinic review [RCOG-GTG29]")
    @EnumSource(
            value = PerinealTrauma.class,
            names = {"THIRD_A", "THIRD_B", "THIRD_C", "FOURTH_DEGREE"})
    void a_third_or_fourth_degree_tear_gets_a_specialist_referral_suggestion_rcog_gtg29(PerinealTrauma tear) {
        var suggestion =
                suggester.suggest(intakeOnly(intake().perinealTrauma(tear).build()));

        assertThat(suggestion.referrals()).singleElement().satisfies(referral -> {
            assertThat(referral.to()).isEqualTo(Referral.PERINEAL_CLINIC);
            assertThat(referral.to().source()).contains("[RCOG-GTG29]");
            assertThat(referral.because())
                    .containsExactly("Intake: " + tear.label() + " at the birth on " + TODAY.minusWeeks(12));
        });
        assertThat(suggestion.items())
                .as("supervised pelvic floor muscle training after an anal sphincter injury [NICE-NG210]")
                .extracting(item -> item.id().value())
                .containsExactly("pelvic-floor-endurance-holds", "pelvic-floor-quick-flicks");
        assertThat(suggestion.precautions())
                .extracting(SuggestedPrecaution::text)
                .contains(AnalSphincterRule.NO_HEAVY_LOAD_YET);
    }

    @ParameterizedTest(name = "{0} -> no referral")
    @EnumSource(
            value = PerinealTrauma.class,
            names = {"NONE", "FIRST_DEGREE", "SECOND_DEGREE", "EPISIOTOMY"})
    void a_first_or_second_degree_tear_without_bowel_symptoms_gets_no_referral(PerinealTrauma trauma) {
        var outcome = new AnalSphincterRule()
                .apply(intakeOnly(intake().perinealTrauma(trauma).build()));

        assertThat(outcome).isEqualTo(RuleOutcome.none());
    }

    @Test
    void a_tear_with_bowel_symptoms_gets_both_referrals_with_every_reason() {
        var outcome = new AnalSphincterRule()
                .apply(visit(
                        s -> s.pelvicFloor(PelvicFloorSection.withoutInternalExam(
                                false, Set.of(PelvicFloorSymptom.FAECAL_OR_FLATUS_INCONTINENCE))),
                        intake().perinealTrauma(PerinealTrauma.THIRD_B).build()));

        assertThat(outcome.referrals())
                .extracting(SuggestedReferral::to)
                .containsExactly(Referral.BOWEL_CONTROL_SPECIALIST, Referral.PERINEAL_CLINIC);
        assertThat(outcome.referrals().getLast().because()).hasSize(2);
    }

    @Test
    void bulge_or_heaviness_gets_prolapse_precautions_and_a_pessary_referral_suggestion_nice_ng210_ng123() {
        var suggestion = suggester.suggest(reported(PelvicFloorSymptom.BULGE_HEAVINESS));

        assertThat(suggestion.referrals()).singleElement().satisfies(referral -> {
            assertThat(referral.to()).isEqualTo(Referral.PROLAPSE_ASSESSMENT);
            assertThat(referral.to().to()).contains("urogynaecology", "pessary");
            assertThat(referral.to().source()).isEqualTo("[NICE-NG123] [NICE-NG210]");
        });
        assertThat(suggestion.precautions())
                .extracting(SuggestedPrecaution::text)
                .contains(ProlapseSymptomsRule.LIGHT_LOADS);
        assertThat(suggestion.advice()).extracting(SuggestedAdvice::advice).contains(DailyLifeAdvice.PELVIC_FLOOR_LOAD);
        assertThat(suggestion.items())
                .extracting(item -> item.id().value())
                .containsExactly("pelvic-floor-endurance-holds", "pelvic-floor-quick-flicks");
    }

    @Test
    void pain_with_sex_gets_down_training_and_no_strengthening_without_an_exam_berghmans_2018() {
        var suggestion = suggester.suggest(
                reported(PelvicFloorSymptom.DYSPAREUNIA, PelvicFloorSymptom.STRESS_URINARY_INCONTINENCE));

        assertThat(suggestion.items())
                .extracting(item -> item.id().value())
                .containsExactly("pelvic-floor-relaxation-breathing");
        assertThat(suggestion.withheld())
                .extracting(WithheldItem::name)
                .containsExactly("Pelvic floor endurance holds", "Pelvic floor quick flicks");
        assertThat(suggestion.withheld().getFirst().becauseText())
                .contains("waits until an internal exam shows the pelvic floor relaxes fully", "[BERGHMANS-2018]");
        assertThat(suggestion.precautions())
                .extracting(SuggestedPrecaution::text)
                .contains(PainWithIntercourseRule.DOWN_TRAINING_FIRST);
    }

    @Test
    void pain_with_sex_allows_strengthening_once_an_exam_shows_normal_tone_and_full_relaxation() {
        var examined = new PelvicFloorSection(
                true,
                pelvicFloor(2, PelvicFloorTone.NORMAL, PelvicFloorRelaxation.COMPLETE)
                        .internalExam(),
                Set.of(PelvicFloorSymptom.DYSPAREUNIA));

        var outcome = new PainWithIntercourseRule().apply(visit(s -> s.pelvicFloor(examined)));

        assertThat(outcome.exclusions()).isEmpty();
        assertThat(outcome.exercises())
                .extracting(RuleOutcome.ExerciseProposal::code)
                .containsExactly(ExerciseCode.of("pelvic-floor-relaxation-breathing"));
    }

    @Test
    void no_symptom_reported_calls_for_none_of_the_symptom_rules() {
        var input = reported();

        for (var rule : List.of(
                new StressIncontinenceRule(),
                new UrgeIncontinenceRule(),
                new AnalSphincterRule(),
                new ProlapseSymptomsRule(),
                new PainWithIntercourseRule())) {
            assertThat(rule.apply(input)).as(rule.getClass().getSimpleName()).isEqualTo(RuleOutcome.none());
        }
    }
}
