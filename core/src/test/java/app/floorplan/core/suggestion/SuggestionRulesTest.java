package app.floorplan.core.suggestion;

import static app.floorplan.core.exercise.ProgramPhase.BREATH_AND_CONNECTION;
import static app.floorplan.core.exercise.ProgramPhase.STABILITY;
import static app.floorplan.core.program.ProgramFixtures.TODAY;
import static app.floorplan.core.program.ProgramFixtures.intake;
import static app.floorplan.core.suggestion.SuggestionFixtures.aslr;
import static app.floorplan.core.suggestion.SuggestionFixtures.breathing;
import static app.floorplan.core.suggestion.SuggestionFixtures.doming;
import static app.floorplan.core.suggestion.SuggestionFixtures.intakeOnly;
import static app.floorplan.core.suggestion.SuggestionFixtures.pelvicFloor;
import static app.floorplan.core.suggestion.SuggestionFixtures.scar;
import static app.floorplan.core.suggestion.SuggestionFixtures.thoracicRotation;
import static app.floorplan.core.suggestion.SuggestionFixtures.umbilicusMillimetres;
import static app.floorplan.core.suggestion.SuggestionFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.assessment.BreathingPattern;
import app.floorplan.core.assessment.DomingTask;
import app.floorplan.core.assessment.MobilityGrade;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.assessment.ScarMobility;
import app.floorplan.core.assessment.ScarSensitivity;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.intake.AggravatingActivity;
import app.floorplan.core.intake.DeliveryMode;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.program.ProgramFixtures;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every standard rule, triggered and not triggered: what it proposes and which phase it calls for. */
class SuggestionRulesTest {

    private static final SuggestionRule DIASTASIS = new DiastasisAndDomingRule();
    private static final SuggestionRule BREATHING = new BreathingRule();
    private static final SuggestionRule WEAK_PELVIC_FLOOR = new WeakPelvicFloorRule();
    private static final SuggestionRule HIGH_TONE = new HighTonePelvicFloorRule();
    private static final SuggestionRule ASLR = new PositiveAslrRule();
    private static final SuggestionRule UPPER_BACK = new UpperBackRule();
    private static final SuggestionRule CAESAREAN = new CaesareanRule();
    private static final SuggestionRule LIFTING = new LiftingPainRule();

    private static final String[] CORE_WORK = {"tva-draw-in-with-breath", "heel-slides", "wall-bug-press"};
    private static final String[] CORE_WORK_WITH_TABLETOP = {
        "tva-draw-in-with-breath", "heel-slides", "wall-bug-press", "wall-bug-press-tabletop"
    };
    private static final String[] UPPER_BACK_MOBILITY = {
        "side-lying-open-book-with-core-engagement", "seated-thoracic-rotation"
    };

    static Stream<Arguments> rules() {
        return Stream.of(
                // diastasis and doming
                fires(
                        "patient with doming gets phase 1 core work",
                        DIASTASIS,
                        visit(s -> s.deepCore(doming(DomingTask.HEAD_LIFT, true))),
                        BREATH_AND_CONNECTION,
                        CORE_WORK),
                fires(
                        "diastasis without doming in the tested tasks starts core work in phase 2, with the tabletop"
                                + " wall bug press",
                        DIASTASIS,
                        visit(s -> s.diastasis(umbilicusMillimetres("28")).deepCore(doming(DomingTask.CURL_UP, false))),
                        STABILITY,
                        CORE_WORK_WITH_TABLETOP),
                fires(
                        "diastasis with doming not tested starts core work in phase 1",
                        DIASTASIS,
                        visit(s -> s.diastasis(umbilicusMillimetres("28"))),
                        BREATH_AND_CONNECTION,
                        CORE_WORK),
                fires(
                        "severe diastasis starts core work in phase 1 even without doming",
                        DIASTASIS,
                        visit(s -> s.diastasis(umbilicusMillimetres("55")).deepCore(doming(DomingTask.CURL_UP, false))),
                        BREATH_AND_CONNECTION,
                        CORE_WORK),
                silent("a gap within the limit and no doming call for no core work", DIASTASIS, visit(s -> s.diastasis(
                                umbilicusMillimetres("18"))
                        .deepCore(doming(DomingTask.HEAD_LIFT, false)))),
                // breathing
                fires(
                        "paradoxical breathing gets 360 breathing in phase 1",
                        BREATHING,
                        visit(s -> s.breathing(breathing(BreathingPattern.PARADOXICAL, false, true))),
                        BREATH_AND_CONNECTION,
                        "diaphragmatic-breathing"),
                fires(
                        "upper-chest breathing gets 360 breathing in phase 1",
                        BREATHING,
                        visit(s -> s.breathing(breathing(BreathingPattern.UPPER_CHEST_DOMINANT, false, true))),
                        BREATH_AND_CONNECTION,
                        "diaphragmatic-breathing"),
                fires(
                        "breath-holding on effort gets exhale-on-effort practice",
                        BREATHING,
                        visit(s -> s.breathing(breathing(BreathingPattern.DIAPHRAGMATIC, true, true))),
                        STABILITY,
                        "sit-to-stand-with-exhale"),
                fires(
                        "no exhale on effort gets exhale-on-effort practice",
                        BREATHING,
                        visit(s -> s.breathing(breathing(BreathingPattern.DIAPHRAGMATIC, false, false))),
                        STABILITY,
                        "sit-to-stand-with-exhale"),
                fires(
                        "paradoxical breathing and breath-holding get both, from phase 1",
                        BREATHING,
                        visit(s -> s.breathing(breathing(BreathingPattern.PARADOXICAL, true, false))),
                        BREATH_AND_CONNECTION,
                        "diaphragmatic-breathing",
                        "sit-to-stand-with-exhale"),
                silent(
                        "360 breathing with exhale on effort needs no breathing work",
                        BREATHING,
                        visit(s -> s.breathing(breathing(BreathingPattern.DIAPHRAGMATIC, false, true)))),
                // weak pelvic floor
                fires(
                        "Oxford 2 gets endurance holds and quick flicks",
                        WEAK_PELVIC_FLOOR,
                        visit(s -> s.pelvicFloor(pelvicFloor(2))),
                        BREATH_AND_CONNECTION,
                        "pelvic-floor-endurance-holds",
                        "pelvic-floor-quick-flicks"),
                silent(
                        "Oxford 3 needs no strengthening rule",
                        WEAK_PELVIC_FLOOR,
                        visit(s -> s.pelvicFloor(pelvicFloor(3)))),
                // high tone
                fires(
                        "a high-tone pelvic floor gets relaxation and breathing",
                        HIGH_TONE,
                        visit(s -> s.pelvicFloor(pelvicFloor(4, PelvicFloorTone.HIGH, PelvicFloorRelaxation.COMPLETE))),
                        BREATH_AND_CONNECTION,
                        "pelvic-floor-relaxation-breathing",
                        "child-pose-breathing"),
                fires(
                        "a pelvic floor that does not relax fully gets relaxation and breathing",
                        HIGH_TONE,
                        visit(s -> s.pelvicFloor(
                                pelvicFloor(4, PelvicFloorTone.NORMAL, PelvicFloorRelaxation.INCOMPLETE))),
                        BREATH_AND_CONNECTION,
                        "pelvic-floor-relaxation-breathing",
                        "child-pose-breathing"),
                silent(
                        "normal tone with full relaxation needs no down-training",
                        HIGH_TONE,
                        visit(s -> s.pelvicFloor(pelvicFloor(2)))),
                // ASLR
                fires(
                        "positive ASLR gets side plank and glute bridge in phase 2",
                        ASLR,
                        visit(s -> s.deepCore(aslr(1, 2))),
                        STABILITY,
                        "modified-side-plank-with-breath",
                        "glute-bridge"),
                silent("ASLR 0 needs no lateral core rule", ASLR, visit(s -> s.deepCore(aslr(0, 0)))),
                // upper back
                fires(
                        "limited thoracic rotation gets upper-back rotation",
                        UPPER_BACK,
                        visit(s -> s.mobility(thoracicRotation(MobilityGrade.LIMITED, MobilityGrade.FULL))),
                        null,
                        UPPER_BACK_MOBILITY),
                fires(
                        "upper-back pain at intake gets upper-back rotation",
                        UPPER_BACK,
                        intakeOnly(intake().painAt(PainSite.MID_UPPER_BACK).build()),
                        null,
                        UPPER_BACK_MOBILITY),
                fires(
                        "pain from long feeds hunched forward gets upper-back rotation",
                        UPPER_BACK,
                        intakeOnly(intake().aggravatedBy(AggravatingActivity.FEEDING_HUNCHED)
                                .build()),
                        null,
                        UPPER_BACK_MOBILITY),
                fires(
                        "pain from babywearing gets upper-back rotation",
                        UPPER_BACK,
                        intakeOnly(intake().aggravatedBy(AggravatingActivity.BABYWEARING)
                                .build()),
                        null,
                        UPPER_BACK_MOBILITY),
                silent(
                        "full rotation and lower back pain call for no upper-back work",
                        UPPER_BACK,
                        visit(s -> s.mobility(thoracicRotation(MobilityGrade.FULL, MobilityGrade.FULL)))),
                // caesarean
                fires(
                        "a healed but restricted and numb scar gets desensitisation and mobilisation",
                        CAESAREAN,
                        visit(
                                s -> s.caesareanScar(scar(true, ScarMobility.RESTRICTED, ScarSensitivity.NUMB)),
                                intake().caesareanDaysAgo(70).build()),
                        null,
                        "c-section-scar-desensitisation",
                        "c-section-scar-mobilisation"),
                fires(
                        "the early weeks after a caesarean start in phase 1",
                        CAESAREAN,
                        intakeOnly(intake().caesareanDaysAgo(30).build()),
                        BREATH_AND_CONNECTION),
                silent(
                        "no caesarean calls for no caesarean rule",
                        CAESAREAN,
                        visit(s -> s.deepCore(doming(DomingTask.HEAD_LIFT, true)))),
                // lifting
                fires(
                        "pain lifting the car seat gets hip hinge practice in phase 2",
                        LIFTING,
                        intakeOnly(intake().aggravatedBy(AggravatingActivity.LIFTING_CAR_SEAT)
                                .build()),
                        STABILITY,
                        "hip-hinge-practice"),
                fires(
                        "pain bending over the crib gets hip hinge practice in phase 2",
                        LIFTING,
                        intakeOnly(intake().aggravatedBy(AggravatingActivity.BENDING_OVER_CRIB)
                                .build()),
                        STABILITY,
                        "hip-hinge-practice"),
                silent(
                        "pain only at the end of the day calls for no lifting work",
                        LIFTING,
                        intakeOnly(intake().aggravatedBy(AggravatingActivity.END_OF_DAY)
                                .build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void each_rule_proposes_its_exercises_and_phase_only_when_triggered(
            String scenario,
            SuggestionRule rule,
            SuggestionInput input,
            boolean fires,
            Optional<ProgramPhase> phase,
            List<ExerciseCode> exercises) {
        var outcome = rule.apply(input);

        assertThat(outcome.equals(RuleOutcome.none())).isEqualTo(!fires);
        assertThat(outcome.phase().map(RuleOutcome.PhaseCall::phase)).isEqualTo(phase);
        assertThat(outcome.exercises())
                .extracting(RuleOutcome.ExerciseProposal::code)
                .containsExactlyElementsOf(exercises);
        assertThat(outcome.exercises()).allSatisfy(p -> assertThat(p.because()).isNotEmpty());
    }

    @Test
    void core_work_is_because_of_the_finding_with_its_limit_and_source() {
        var outcome = DIASTASIS.apply(
                visit(s -> s.diastasis(umbilicusMillimetres("28")).deepCore(doming(DomingTask.HEAD_LIFT, true))));

        assertThat(outcome.exercises().getFirst().because())
                .as("in the order the assessment lists its findings")
                .containsExactly(
                        "Doming during head lift",
                        "IRD 28 mm at the umbilicus at rest > 20 mm (Qu 2021: 90th percentile of women who had not given birth)");
        assertThat(outcome.precautions())
                .extracting(SuggestedPrecaution::text)
                .containsExactly(DiastasisAndDomingRule.NO_LOADED_FLEXION);
        assertThat(outcome.advice())
                .extracting(RuleOutcome.AdviceProposal::advice)
                .containsExactly(DailyLifeAdvice.GETTING_IN_AND_OUT_OF_BED);
    }

    @Test
    void breath_holding_adds_the_exhale_on_effort_precaution() {
        var outcome = BREATHING.apply(visit(s -> s.breathing(breathing(BreathingPattern.DIAPHRAGMATIC, true, true))));

        assertThat(outcome.precautions())
                .extracting(SuggestedPrecaution::text)
                .containsExactly(BreathingRule.EXHALE_ON_EFFORT);
    }

    @Test
    void a_high_tone_pelvic_floor_excludes_every_strengthening_exercise_with_its_reason() {
        var outcome = HIGH_TONE.apply(
                visit(s -> s.pelvicFloor(pelvicFloor(4, PelvicFloorTone.HIGH, PelvicFloorRelaxation.INCOMPLETE))));

        assertThat(outcome.precautions())
                .extracting(SuggestedPrecaution::text)
                .containsExactly(HighTonePelvicFloorRule.NO_STRENGTHENING);
        assertThat(outcome.exclusions()).singleElement().satisfies(exclusion -> {
            assertThat(exclusion.applies().test(ProgramFixtures.exercise("pelvic-floor-endurance-holds")))
                    .isTrue();
            assertThat(exclusion.applies().test(ProgramFixtures.exercise("the-knack")))
                    .isTrue();
            assertThat(exclusion.applies().test(ProgramFixtures.exercise("pelvic-floor-relaxation-breathing")))
                    .isFalse();
            assertThat(exclusion.reason())
                    .startsWith("Pelvic floor strengthening waits while the pelvic floor does not let go: High"
                            + " resting tone");
        });
    }

    @Test
    void upper_back_work_comes_with_feeding_and_babywearing_advice_for_a_patient_who_wears_her_baby() {
        var outcome = UPPER_BACK.apply(intakeOnly(
                intake().painAt(PainSite.MID_UPPER_BACK).wearsBabyHoursADay("2").build()));

        assertThat(outcome.advice())
                .extracting(RuleOutcome.AdviceProposal::advice)
                .containsExactly(DailyLifeAdvice.FEEDING_SET_UP, DailyLifeAdvice.CARRYING_AND_BABYWEARING);
        assertThat(outcome.advice().get(1).because()).containsExactly("Intake: wears the baby 2 h a day");
        assertThat(outcome.exercises().getFirst().because())
                .containsExactly("Intake: pain in the mid/upper back (between the shoulder blades)");
    }

    @Test
    void upper_back_rotation_names_the_side_and_the_grade() {
        var outcome = UPPER_BACK.apply(
                visit(s -> s.mobility(thoracicRotation(MobilityGrade.LIMITED, MobilityGrade.PAINFUL))));

        assertThat(outcome.exercises().getFirst().because())
                .containsExactly("Thoracic rotation to the left limited", "Thoracic rotation to the right painful");
        assertThat(outcome.advice())
                .extracting(RuleOutcome.AdviceProposal::advice)
                .containsExactly(DailyLifeAdvice.FEEDING_SET_UP);
    }

    @Test
    void a_scar_not_yet_examined_or_not_healed_gets_a_precaution_instead_of_scar_work() {
        var notExamined =
                CAESAREAN.apply(intakeOnly(intake().caesareanDaysAgo(70).build()));
        var notHealed = CAESAREAN.apply(visit(
                s -> s.caesareanScar(scar(false, ScarMobility.ADHERENT, ScarSensitivity.HYPERSENSITIVE)),
                intake().caesareanDaysAgo(70).build()));

        assertThat(notExamined.exercises()).isEmpty();
        assertThat(notExamined.precautions())
                .containsExactly(new SuggestedPrecaution(
                        CaesareanRule.NO_SCAR_WORK_YET,
                        List.of("Intake: C-section; no assessment has examined the scar yet")));
        assertThat(notHealed.exercises()).isEmpty();
        assertThat(notHealed.precautions())
                .containsExactly(new SuggestedPrecaution(
                        CaesareanRule.NO_SCAR_WORK_YET,
                        List.of("Assessment on " + TODAY + ": C-section scar not healed")));
    }

    @Test
    void a_healed_scar_gets_scar_care_advice() {
        var outcome = CAESAREAN.apply(visit(
                s -> s.caesareanScar(scar(true, ScarMobility.MOBILE, ScarSensitivity.NORMAL)),
                intake().caesareanDaysAgo(70).build()));

        assertThat(outcome.exercises())
                .as("a mobile scar with normal feeling needs no scar exercise")
                .isEmpty();
        assertThat(outcome.advice())
                .containsExactly(new RuleOutcome.AdviceProposal(
                        DailyLifeAdvice.SCAR_CARE,
                        List.of("Assessment on " + TODAY + ": C-section scar healed, mobile, sensitivity normal")));
    }

    @Test
    void the_early_weeks_after_a_caesarean_keep_loaded_abdominal_work_out() {
        var outcome = CAESAREAN.apply(intakeOnly(intake().caesareanDaysAgo(30).build()));

        var because = List.of("Intake: emergency caesarean 4 weeks 2 days ago, within the early weeks (commonly < 6"
                + " weeks, until cleared; clinic rule)");
        assertThat(outcome.precautions())
                .contains(new SuggestedPrecaution(CaesareanRule.NO_LOADED_ABDOMINAL_WORK, because));
        assertThat(outcome.advice())
                .containsExactly(new RuleOutcome.AdviceProposal(DailyLifeAdvice.GETTING_IN_AND_OUT_OF_BED, because));
    }

    @Test
    void a_vaginal_birth_after_an_old_caesarean_still_gets_scar_precautions_but_no_early_weeks() {
        var patient = intake().earlierDelivery(DeliveryMode.PLANNED_CAESAREAN, TODAY.minusYears(3))
                .delivered(DeliveryMode.SPONTANEOUS_VAGINAL, TODAY.minusWeeks(2))
                .build();

        var outcome = CAESAREAN.apply(intakeOnly(patient));

        assertThat(outcome.phase()).isEmpty();
        assertThat(outcome.precautions())
                .extracting(SuggestedPrecaution::text)
                .containsExactly(CaesareanRule.NO_SCAR_WORK_YET);
    }

    @Test
    void lifting_pain_gets_lifting_advice_and_crib_pain_changing_at_waist_height() {
        var outcome = LIFTING.apply(intakeOnly(
                intake().aggravatedBy(AggravatingActivity.LIFTING_CAR_SEAT, AggravatingActivity.BENDING_OVER_CRIB)
                        .build()));

        assertThat(outcome.exercises().getFirst().because())
                .containsExactly(
                        "Intake: pain brought on by lifting the car seat",
                        "Intake: pain brought on by bending over the crib");
        assertThat(outcome.advice())
                .extracting(RuleOutcome.AdviceProposal::advice)
                .containsExactly(DailyLifeAdvice.LIFTING, DailyLifeAdvice.CHANGING_TABLE_HEIGHT);
    }

    @Test
    void a_gap_controlled_without_doming_says_so_when_it_starts_in_phase_2() {
        var outcome = DIASTASIS.apply(
                visit(s -> s.diastasis(umbilicusMillimetres("28")).deepCore(doming(DomingTask.CURL_UP, false))));

        assertThat(outcome.phase().orElseThrow().because())
                .containsExactly(
                        "IRD 28 mm at the umbilicus at rest > 20 mm (Qu 2021: 90th percentile of women who had not given birth)",
                        "No doming in the tested tasks");
    }

    private static Arguments fires(
            String scenario, SuggestionRule rule, SuggestionInput input, ProgramPhase phase, String... codes) {
        return Arguments.of(
                scenario,
                rule,
                input,
                true,
                Optional.ofNullable(phase),
                Arrays.stream(codes).map(ExerciseCode::of).toList());
    }

    private static Arguments silent(String scenario, SuggestionRule rule, SuggestionInput input) {
        return Arguments.of(scenario, rule, input, false, Optional.empty(), List.of());
    }
}
