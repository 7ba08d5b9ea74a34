package app.floorplan.core.suggestion;

import static app.floorplan.core.program.ProgramFixtures.LIBRARY;
import static app.floorplan.core.program.ProgramFixtures.TODAY;
import static app.floorplan.core.program.ProgramFixtures.intake;
import static app.floorplan.core.suggestion.SuggestionFixtures.aslr;
import static app.floorplan.core.suggestion.SuggestionFixtures.breathing;
import static app.floorplan.core.suggestion.SuggestionFixtures.doming;
import static app.floorplan.core.suggestion.SuggestionFixtures.intakeOnly;
import static app.floorplan.core.suggestion.SuggestionFixtures.pelvicFloor;
import static app.floorplan.core.suggestion.SuggestionFixtures.umbilicusMillimetres;
import static app.floorplan.core.suggestion.SuggestionFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.BreathingPattern;
import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.assessment.DomingTask;
import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.intake.AggravatingActivity;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.program.ProgramFixtures;
import app.floorplan.core.program.ProgramItem;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgramSuggesterTest {

    private final ProgramSuggester suggester = new ProgramSuggester(LIBRARY);

    private static List<String> codes(List<SuggestedItem> items) {
        return items.stream().map(item -> item.id().value()).toList();
    }

    private static SuggestionRule callsFor(ProgramPhase phase) {
        return input -> RuleOutcome.builder().phase(phase, List.of("Test rule")).build();
    }

    @Test
    void patient_with_doming_gets_phase_1_core_work_because_of_her_findings() {
        var suggestion = suggester.suggest(
                visit(s -> s.diastasis(umbilicusMillimetres("28")).deepCore(doming(DomingTask.HEAD_LIFT, true))));

        assertThat(suggestion.phase().phase()).isEqualTo(ProgramPhase.BREATH_AND_CONNECTION);
        assertThat(codes(suggestion.items()))
                .containsExactly("tva-draw-in-with-breath", "heel-slides", "wall-bug-press");
        assertThat(suggestion.items().getFirst().becauseText())
                .isEqualTo(
                        "because Doming during head lift; IRD 28 mm at the umbilicus at rest > 20 mm (Qu 2021: 90th percentile of women who had not given birth)");
        assertThat(suggestion.items().getLast().dosage())
                .as("the library's default dosage")
                .isEqualTo(LIBRARY.find(ExerciseCode.of("wall-bug-press"))
                        .orElseThrow()
                        .defaultDosage());
        assertThat(suggestion.precautions())
                .extracting(SuggestedPrecaution::text)
                .containsExactly(DiastasisAndDomingRule.NO_LOADED_FLEXION);
        assertThat(suggestion.withheld()).isEmpty();
    }

    @Test
    void a_high_tone_pelvic_floor_gets_relaxation_and_no_strengthening_even_when_it_is_weak() {
        var suggestion = suggester.suggest(
                visit(s -> s.pelvicFloor(pelvicFloor(2, PelvicFloorTone.HIGH, PelvicFloorRelaxation.INCOMPLETE))));

        assertThat(codes(suggestion.items()))
                .containsExactly("pelvic-floor-relaxation-breathing", "child-pose-breathing");
        assertThat(suggestion.withheld())
                .extracting(WithheldItem::name)
                .containsExactly("Pelvic floor endurance holds", "Pelvic floor quick flicks");
        assertThat(suggestion.withheld()).allSatisfy(withheld -> {
            assertThat(withheld.becauseText())
                    .startsWith("because Pelvic floor strengthening waits while the pelvic floor does not let go");
            assertThat(withheld.proposedFor().getFirst()).startsWith("Oxford 2 (weak) <= 2");
        });
        assertThat(suggestion.precautions())
                .extracting(SuggestedPrecaution::text)
                .containsExactly(HighTonePelvicFloorRule.NO_STRENGTHENING);
    }

    @Test
    void loaded_work_in_the_early_weeks_after_a_caesarean_is_withheld_with_the_gates_reason() {
        var suggestion = suggester.suggest(
                visit(s -> s.deepCore(aslr(1, 1)), intake().caesareanDaysAgo(30).build()));

        assertThat(codes(suggestion.items())).containsExactly("glute-bridge");
        assertThat(suggestion.withheld()).singleElement().satisfies(withheld -> {
            assertThat(withheld.name()).isEqualTo("Modified side plank with breath");
            assertThat(withheld.because())
                    .containsExactly("Loaded abdominal work waits until the early weeks after a C-section are over"
                            + " (commonly < 6 weeks, until cleared): the C-section was 4 weeks 2 days ago");
        });
        assertThat(suggestion.precautions())
                .extracting(SuggestedPrecaution::text)
                .contains(CaesareanRule.NO_LOADED_ABDOMINAL_WORK, CaesareanRule.NO_SCAR_WORK_YET);
    }

    static Stream<Arguments> phases() {
        return Stream.of(
                Arguments.of("no rule fires", List.of(), ProgramPhase.BREATH_AND_CONNECTION),
                Arguments.of(
                        "the lowest phase called for wins",
                        List.of(callsFor(ProgramPhase.STRENGTH_AND_FUNCTION), callsFor(ProgramPhase.STABILITY)),
                        ProgramPhase.STABILITY),
                Arguments.of(
                        "phase 4 is suggested when only phase 4 is called for",
                        List.of(callsFor(ProgramPhase.STRENGTH_AND_FUNCTION)),
                        ProgramPhase.STRENGTH_AND_FUNCTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phases")
    void the_suggested_phase_is_the_lowest_any_rule_calls_for(
            String scenario, List<SuggestionRule> rules, ProgramPhase expected) {
        var suggestion = new ProgramSuggester(LIBRARY, rules).suggest(visit(s -> s.pelvicFloor(pelvicFloor(4))));

        assertThat(suggestion.phase().phase()).isEqualTo(expected);
        assertThat(suggestion.phase().because()).isNotEmpty();
    }

    static Stream<Arguments> ceilingFindings() {
        return Stream.of(
                Arguments.of(
                        "doming",
                        visit(s -> s.deepCore(doming(DomingTask.CURL_UP, true))),
                        "Assessment on 2026-11-20: Doming during curl-up"),
                Arguments.of(
                        "high tone",
                        visit(s -> s.pelvicFloor(pelvicFloor(4, PelvicFloorTone.HIGH, PelvicFloorRelaxation.COMPLETE))),
                        "Assessment on 2026-11-20: High resting tone: down-training (relaxation, breathing), not more"
                                + " strengthening"),
                Arguments.of(
                        "incomplete relaxation",
                        visit(s -> s.pelvicFloor(
                                pelvicFloor(4, PelvicFloorTone.NORMAL, PelvicFloorRelaxation.INCOMPLETE))),
                        "Assessment on 2026-11-20: Incomplete relaxation after contraction: down-training"
                                + " (relaxation, breathing), not more strengthening"));
    }

    @ParameterizedTest(name = "never above phase 2 with {0}")
    @MethodSource("ceilingFindings")
    void the_suggested_phase_is_never_above_stability_while_doming_or_high_tone_is_found(
            String finding, SuggestionInput input, String reason) {
        var suggestion = new ProgramSuggester(LIBRARY, List.of(callsFor(ProgramPhase.DYNAMIC_CONTROL))).suggest(input);

        assertThat(suggestion.phase()).isEqualTo(new SuggestedPhase(ProgramPhase.STABILITY, List.of(reason)));
    }

    @Test
    void the_standard_rules_start_where_the_weakest_finding_is() {
        var suggestion = suggester.suggest(visit(s -> s.deepCore(aslr(1, 1)).pelvicFloor(pelvicFloor(2))));

        assertThat(suggestion.phase().phase()).isEqualTo(ProgramPhase.BREATH_AND_CONNECTION);
        assertThat(suggestion.phase().because()).singleElement().asString().startsWith("Oxford 2 (weak)");
        assertThat(codes(suggestion.items()))
                .as("easier phases first")
                .containsExactly(
                        "pelvic-floor-endurance-holds",
                        "pelvic-floor-quick-flicks",
                        "modified-side-plank-with-breath",
                        "glute-bridge");
    }

    @Test
    void an_exercise_proposed_by_two_rules_appears_once_with_both_reasons() {
        SuggestionRule first = input -> RuleOutcome.builder()
                .exercise(ExerciseCode.of("heel-slides"), List.of("First reason"))
                .advice(DailyLifeAdvice.POSTURE, List.of("First reason"))
                .build();
        SuggestionRule second = input -> RuleOutcome.builder()
                .exercise(ExerciseCode.of("heel-slides"), List.of("Second reason", "First reason"))
                .advice(DailyLifeAdvice.POSTURE, List.of("Second reason"))
                .build();

        var suggestion = new ProgramSuggester(LIBRARY, List.of(first, second)).suggest(intakeOnly(intake().build()));

        assertThat(suggestion.items()).singleElement().satisfies(item -> assertThat(item.because())
                .containsExactly("First reason", "Second reason"));
        assertThat(suggestion.advice())
                .containsExactly(
                        new SuggestedAdvice(DailyLifeAdvice.POSTURE, List.of("First reason", "Second reason")));
    }

    @Test
    void a_rule_proposing_an_exercise_the_library_does_not_have_fails_loudly() {
        SuggestionRule broken = input -> RuleOutcome.builder()
                .exercise(ExerciseCode.of("no-such-exercise"), List.of("Test"))
                .build();

        assertThatThrownBy(() -> new ProgramSuggester(LIBRARY, List.of(broken)).suggest(intakeOnly(intake().build())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void every_exercise_the_rules_name_is_in_the_standard_library() throws IllegalAccessException {
        var fields = Arrays.stream(LibraryCodes.class.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == ExerciseCode.class)
                .toList();

        assertThat(fields).hasSizeGreaterThanOrEqualTo(16);
        for (var field : fields) {
            var code = (ExerciseCode) field.get(null);
            assertThat(LIBRARY.find(code)).as(code.value()).isPresent();
        }
    }

    @Test
    void nothing_is_applied_until_the_pt_accepts_items_one_by_one() {
        var suggestion = suggester.suggest(visit(
                s -> s.breathing(breathing(BreathingPattern.PARADOXICAL, true, true)),
                intake().aggravatedBy(AggravatingActivity.LIFTING_BABY).build()));
        var breathing = suggestion.items().getFirst();

        var program = suggestion
                .accept(
                        Set.of(breathing.id(), new SuggestedItemId("not-suggested")),
                        Set.of(DailyLifeAdvice.LIFTING, DailyLifeAdvice.SCAR_CARE))
                .build();

        assertThat(program.phase()).isEqualTo(suggestion.phase().phase());
        assertThat(program.items()).extracting(ProgramItem::exercise).containsExactly(breathing.exercise());
        assertThat(program.items().getFirst().dosage()).isEqualTo(breathing.dosage());
        assertThat(program.advice()).as("only suggested advice is taken").containsExactly(DailyLifeAdvice.LIFTING);
    }

    @Test
    void the_same_patient_gets_the_same_item_ids_so_a_form_can_refer_to_them() {
        var input = visit(s -> s.deepCore(doming(DomingTask.HEAD_LIFT, true)));

        assertThat(suggester.suggest(input).items())
                .isEqualTo(suggester.suggest(input).items());
        assertThat(suggester.suggest(input).items().getFirst().id())
                .isEqualTo(SuggestedItemId.of(ExerciseCode.of("tva-draw-in-with-breath")));
    }

    @Test
    void before_the_first_assessment_every_area_is_reported_not_assessed() {
        var suggestion = suggester.suggest(
                SuggestionInput.of(List.of(), Optional.of(intake().build()), DiastasisThresholds.DEFAULT, TODAY));

        assertThat(suggestion.notAssessed()).containsExactlyInAnyOrder(FindingArea.values());
        assertThat(suggestion.items()).isEmpty();
        assertThat(suggestion.phase().because())
                .containsExactly("No finding calls for a particular phase: the progression starts with breath and"
                        + " connection");
    }

    @Test
    void the_latest_assessment_is_the_one_that_counts() {
        var older = ProgramFixtures.assessment(
                TODAY.minusWeeks(6),
                AssessmentSections.builder().pelvicFloor(pelvicFloor(1)).build());
        var newer = ProgramFixtures.assessment(
                TODAY, AssessmentSections.builder().pelvicFloor(pelvicFloor(4)).build());

        var suggestion = suggester.suggest(SuggestionInput.of(
                List.of(newer, older), Optional.of(intake().build()), DiastasisThresholds.DEFAULT, TODAY));

        assertThat(suggestion.items()).isEmpty();
    }

    @Test
    void an_exercise_with_a_caution_the_record_shows_is_withheld_with_the_reason_and_its_source() {
        var suggestion = suggester.suggest(visit(
                s -> s.pelvicFloor(pelvicFloor(4, PelvicFloorTone.HIGH, PelvicFloorRelaxation.COMPLETE)),
                intake().painAt(PainSite.PUBIC_SYMPHYSIS).build()));

        assertThat(codes(suggestion.items())).containsExactly("pelvic-floor-relaxation-breathing");
        assertThat(suggestion.withheld()).singleElement().satisfies(withheld -> {
            assertThat(withheld.name()).isEqualTo("Supported child's pose breathing");
            assertThat(withheld.because())
                    .containsExactly("Take care: pelvic girdle pain (Intake: pain at the pubic symphysis) and this"
                            + " exercise has a single-leg, wide-leg, deep squat or one-sided load [NCA-PGP]");
        });
    }

    @Test
    void the_diastasis_rule_proposes_no_exercise_above_the_phase_it_calls_for() {
        for (var input : List.of(
                visit(s -> s.deepCore(doming(DomingTask.HEAD_LIFT, true))),
                visit(s -> s.diastasis(umbilicusMillimetres("28"))),
                visit(s -> s.diastasis(umbilicusMillimetres("28")).deepCore(doming(DomingTask.CURL_UP, false))))) {
            var outcome = new DiastasisAndDomingRule().apply(input);
            var called = outcome.phase().orElseThrow().phase();

            assertThat(outcome.exercises()).allSatisfy(proposal -> assertThat(
                            LIBRARY.find(proposal.code()).orElseThrow().phase().number())
                    .as("%s while calling for phase %d", proposal.code(), called.number())
                    .isLessThanOrEqualTo(called.number()));
        }
    }

    @Test
    void referrals_to_the_same_place_are_merged_with_every_reason() {
        var suggestion = new ProgramSuggester(
                        LIBRARY,
                        List.of(
                                input -> RuleOutcome.builder()
                                        .referral(Referral.PROLAPSE_ASSESSMENT, List.of("first"))
                                        .build(),
                                input -> RuleOutcome.builder()
                                        .referral(Referral.PROLAPSE_ASSESSMENT, List.of("second"))
                                        .build()))
                .suggest(visit(s -> s.pelvicFloor(pelvicFloor(4))));

        assertThat(suggestion.referrals())
                .containsExactly(new SuggestedReferral(Referral.PROLAPSE_ASSESSMENT, List.of("first", "second")));
    }
}
