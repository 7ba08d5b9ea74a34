package app.floorplan.core.assessment;

import static app.floorplan.core.assessment.AssessmentFixtures.assessment;
import static app.floorplan.core.assessment.AssessmentFixtures.deepCore;
import static app.floorplan.core.assessment.AssessmentFixtures.diastasis;
import static app.floorplan.core.assessment.AssessmentFixtures.examined;
import static app.floorplan.core.assessment.AssessmentFixtures.normalBreathing;
import static app.floorplan.core.assessment.AssessmentFixtures.perfect;
import static app.floorplan.core.assessment.AssessmentFixtures.ultrasound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentFindingsTest {

    private static AssessmentFindings findingsOf(AssessmentSections sections) {
        return AssessmentFindings.of(assessment(sections), DiastasisThresholds.DEFAULT, Optional.empty());
    }

    private static AssessmentFindings breathing(BreathingSection breathing) {
        return findingsOf(AssessmentSections.builder().breathing(breathing).build());
    }

    private static AssessmentFindings pelvicFloor(PelvicFloorSection pelvicFloor) {
        return findingsOf(AssessmentSections.builder().pelvicFloor(pelvicFloor).build());
    }

    private static AssessmentFindings deepCoreOf(DeepCoreSection deepCore) {
        return findingsOf(AssessmentSections.builder().deepCore(deepCore).build());
    }

    @Test
    void a_skipped_section_yields_no_findings_and_is_listed_as_not_assessed() {
        var findings = findingsOf(
                AssessmentSections.builder().breathing(normalBreathing()).build());

        assertThat(findings.findings()).isEmpty();
        assertThat(findings.notAssessed())
                .containsExactlyInAnyOrder(
                        FindingArea.PAIN_AT_VISIT,
                        FindingArea.DOMING,
                        FindingArea.ASLR,
                        FindingArea.PELVIC_FLOOR_INTERNAL_EXAM,
                        FindingArea.PELVIC_FLOOR_SYMPTOMS,
                        FindingArea.DIASTASIS);
    }

    @Test
    void a_fully_assessed_normal_patient_has_no_findings_and_nothing_unassessed() {
        var findings = findingsOf(AssessmentSections.builder()
                .painAtVisit(PainAtVisitSection.of(2, 4))
                .breathing(normalBreathing())
                .deepCore(
                        deepCore(Map.of(DomingTask.CURL_UP, false), Optional.of(AslrScore.of(0, 0, Optional.empty()))))
                .pelvicFloor(examined(4))
                .diastasis(diastasis(ultrasound(IrdSite.UMBILICUS, "12")))
                .build());

        assertThat(findings.findings()).isEmpty();
        assertThat(findings.notAssessed()).isEmpty();
    }

    @Test
    void symptoms_reported_without_an_internal_exam_are_findings_with_what_they_call_for_and_the_source() {
        var findings = pelvicFloor(PelvicFloorSection.withoutInternalExam(
                false,
                Set.of(
                        PelvicFloorSymptom.STRESS_URINARY_INCONTINENCE,
                        PelvicFloorSymptom.URGE_INCONTINENCE,
                        PelvicFloorSymptom.FAECAL_OR_FLATUS_INCONTINENCE,
                        PelvicFloorSymptom.BULGE_HEAVINESS,
                        PelvicFloorSymptom.DYSPAREUNIA)));

        assertThat(findings.notAssessed())
                .contains(FindingArea.PELVIC_FLOOR_INTERNAL_EXAM)
                .doesNotContain(FindingArea.PELVIC_FLOOR_SYMPTOMS);
        assertThat(findings.findings())
                .extracting(Finding::kind)
                .containsExactly(
                        FindingKind.STRESS_URINARY_INCONTINENCE,
                        FindingKind.URGE_INCONTINENCE,
                        FindingKind.ANAL_INCONTINENCE,
                        FindingKind.PROLAPSE_SYMPTOMS,
                        FindingKind.PAIN_WITH_INTERCOURSE);
        assertThat(findings.findings())
                .extracting(Finding::reason)
                .containsExactly(
                        "Stress urinary incontinence reported: supervised pelvic floor muscle training first, also"
                                + " without an internal exam [NICE-NG210]",
                        "Urge incontinence reported: bladder training first [NICE-NG123]",
                        "Faecal or flatus incontinence reported: specialist assessment of bowel control [NICE-CG49]",
                        "Bulge or heaviness reported (prolapse symptoms): examination for prolapse, pelvic floor"
                                + " muscle training, a pessary as an option, and light loads [NICE-NG210]",
                        "Pain with intercourse reported: relaxation (down-training) before strengthening [BERGHMANS-2018]");
    }

    @Test
    void a_pelvic_floor_section_without_internal_exam_leaves_the_exam_unassessed() {
        var findings = pelvicFloor(PelvicFloorSection.withoutInternalExam(false, Set.of()));

        assertThat(findings.notAssessed()).contains(FindingArea.PELVIC_FLOOR_INTERNAL_EXAM);
        assertThat(findings.has(FindingKind.PELVIC_FLOOR_WEAK)).isFalse();
    }

    @Test
    void a_deep_core_section_without_aslr_or_doming_tasks_leaves_both_unassessed() {
        var findings = deepCoreOf(deepCore(Map.of(), Optional.empty()));

        assertThat(findings.notAssessed()).contains(FindingArea.ASLR, FindingArea.DOMING);
    }

    @ParameterizedTest(name = "Oxford {0} -> weak {1}")
    @CsvSource({"0, true", "1, true", "2, true", "3, false", "5, false"})
    void a_pelvic_floor_of_oxford_2_or_less_is_weak_by_clinic_rule(int oxford, boolean weak) {
        assertThat(pelvicFloor(examined(oxford)).has(FindingKind.PELVIC_FLOOR_WEAK))
                .isEqualTo(weak);
    }

    @Test
    void the_weakness_finding_says_the_line_under_grade_2_is_a_clinic_rule_on_laycocks_scale() {
        assertThat(pelvicFloor(examined(2)).ofKind(FindingKind.PELVIC_FLOOR_WEAK))
                .extracting(Finding::reason)
                .containsExactly(
                        "Oxford 2 (weak) <= 2 (clinic rule; grades of the Modified Oxford Scale, Laycock" + " 2001)");
    }

    @Test
    void oxford_3_that_tires_below_the_10_perfect_counts_to_is_a_finding_by_clinic_rule_laycock_2001() {
        var findings = pelvicFloor(examined(
                Perfect.of(3, 6, 10, 7, true, true, true), PelvicFloorTone.NORMAL, PelvicFloorRelaxation.COMPLETE));

        assertThat(findings.findings())
                .extracting(Finding::kind, Finding::reason)
                .containsExactly(tuple(
                        FindingKind.PELVIC_FLOOR_LOW_ENDURANCE,
                        "Oxford 3 (moderate) but endurance 6 s, fast contractions 7: below the 10 the exam counts to"
                                + " (clinic rule; PERFECT scheme, Laycock 2001)"));
    }

    @ParameterizedTest(name = "Oxford {0}, endurance {1}, repetitions {2}, fast {3} -> tires {4}")
    @CsvSource({
        "4, 10, 10, 10, false",
        "4, 9, 10, 10, true",
        "5, 10, 9, 10, true",
        "3, 10, 10, 9, true",
        "2, 3, 3, 3, false"
    })
    void endurance_repetitions_or_fast_contractions_below_10_with_oxford_3_or_more_are_a_finding(
            int oxford, int endurance, int repetitions, int fast, boolean tires) {
        var findings = pelvicFloor(examined(
                Perfect.of(oxford, endurance, repetitions, fast, true, true, true),
                PelvicFloorTone.NORMAL,
                PelvicFloorRelaxation.COMPLETE));

        assertThat(findings.has(FindingKind.PELVIC_FLOOR_LOW_ENDURANCE)).isEqualTo(tires);
    }

    @Test
    void items_left_not_tested_yield_no_finding_and_are_listed_as_not_tested_never_as_zero_or_normal() {
        var perfect = Perfect.of(
                Optional.empty(),
                Optional.of(3),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(true),
                Optional.empty());
        var findings = pelvicFloor(new PelvicFloorSection(
                true, Optional.of(new InternalExam(perfect, Optional.empty(), Optional.empty())), Set.of()));

        assertThat(findings.findings()).isEmpty();
        assertThat(findings.notAssessed()).doesNotContain(FindingArea.PELVIC_FLOOR_INTERNAL_EXAM);
        assertThat(findings.notTested())
                .containsExactly(
                        InternalExamItem.POWER,
                        InternalExamItem.REPETITIONS,
                        InternalExamItem.FAST_CONTRACTIONS,
                        InternalExamItem.ELEVATION,
                        InternalExamItem.TIMING,
                        InternalExamItem.TONE,
                        InternalExamItem.RELAXATION);
    }

    @Test
    void tone_and_relaxation_tested_without_power_still_give_their_findings() {
        var perfect = Perfect.of(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        var findings = pelvicFloor(new PelvicFloorSection(
                true,
                Optional.of(new InternalExam(
                        perfect, Optional.of(PelvicFloorTone.HIGH), Optional.of(PelvicFloorRelaxation.INCOMPLETE))),
                Set.of()));

        assertThat(findings.findings())
                .extracting(Finding::kind)
                .containsExactly(FindingKind.PELVIC_FLOOR_HIGH_TONE, FindingKind.PELVIC_FLOOR_INCOMPLETE_RELAXATION);
        assertThat(findings.notTested()).contains(InternalExamItem.POWER).doesNotContain(InternalExamItem.TONE);
    }

    @Test
    void a_fully_tested_exam_and_no_exam_at_all_list_nothing_as_not_tested() {
        assertThat(pelvicFloor(examined(4)).notTested()).isEmpty();
        var noExam = pelvicFloor(PelvicFloorSection.withoutInternalExam(false, Set.of()));
        assertThat(noExam.notTested()).isEmpty();
        assertThat(noExam.notAssessed()).contains(FindingArea.PELVIC_FLOOR_INTERNAL_EXAM);
    }

    @Test
    void a_high_tone_pelvic_floor_is_its_own_finding_calling_for_down_training() {
        var findings = pelvicFloor(examined(perfect(4), PelvicFloorTone.HIGH, PelvicFloorRelaxation.COMPLETE));

        assertThat(findings.findings()).extracting(Finding::kind).containsExactly(FindingKind.PELVIC_FLOOR_HIGH_TONE);
        assertThat(findings.findings().getFirst().reason())
                .contains("down-training")
                .contains("not more strengthening");
    }

    @Test
    void incomplete_relaxation_is_its_own_finding_calling_for_down_training() {
        var findings = pelvicFloor(examined(perfect(4), PelvicFloorTone.NORMAL, PelvicFloorRelaxation.INCOMPLETE));

        assertThat(findings.findings())
                .extracting(Finding::kind)
                .containsExactly(FindingKind.PELVIC_FLOOR_INCOMPLETE_RELAXATION);
    }

    @Test
    void weak_and_high_tone_are_both_reported_and_the_weakness_warns_to_down_train_first() {
        var findings = pelvicFloor(examined(perfect(2), PelvicFloorTone.HIGH, PelvicFloorRelaxation.INCOMPLETE));

        assertThat(findings.findings())
                .extracting(Finding::kind)
                .containsExactly(
                        FindingKind.PELVIC_FLOOR_WEAK,
                        FindingKind.PELVIC_FLOOR_HIGH_TONE,
                        FindingKind.PELVIC_FLOOR_INCOMPLETE_RELAXATION);
        assertThat(findings.ofKind(FindingKind.PELVIC_FLOOR_WEAK).getFirst().reason())
                .endsWith("down-train first");
    }

    @Test
    void low_tone_alone_is_not_a_finding() {
        assertThat(pelvicFloor(examined(perfect(3), PelvicFloorTone.LOW, PelvicFloorRelaxation.COMPLETE))
                        .findings())
                .isEmpty();
    }

    @ParameterizedTest(name = "ASLR left {0}, right {1} -> positive {2}")
    @CsvSource({"0, 0, false", "1, 0, true", "0, 1, true", "3, 4, true"})
    void an_aslr_total_of_1_or_more_is_positive_by_mens_2001(int left, int right, boolean positive) {
        var findings = deepCoreOf(deepCore(Map.of(), Optional.of(AslrScore.of(left, right, Optional.empty()))));

        assertThat(findings.has(FindingKind.ASLR_POSITIVE)).isEqualTo(positive);
        assertThat(findings.notAssessed()).doesNotContain(FindingArea.ASLR);
    }

    @Test
    void the_aslr_finding_names_both_sides_and_the_effect_of_compression() {
        var findings = deepCoreOf(
                deepCore(Map.of(), Optional.of(AslrScore.of(1, 2, Optional.of(PelvicCompressionEffect.BETTER)))));

        assertThat(findings.ofKind(FindingKind.ASLR_POSITIVE))
                .extracting(Finding::reason)
                .containsExactly("ASLR total 3/10 (left 1, right 2) >= 1 (Mens 2001); better with pelvic compression"
                        + " (as observed, not part of the Mens score)");
    }

    @Test
    void an_aslr_worse_with_pelvic_compression_says_so_apart_from_the_mens_2001_score_a_recording_convention() {
        var findings = deepCoreOf(
                deepCore(Map.of(), Optional.of(AslrScore.of(2, 0, Optional.of(PelvicCompressionEffect.WORSE)))));

        assertThat(findings.ofKind(FindingKind.ASLR_POSITIVE))
                .extracting(Finding::reason)
                .containsExactly("ASLR total 2/10 (left 2, right 0) >= 1 (Mens 2001); worse with pelvic compression"
                        + " (as observed, not part of the Mens score)");
    }

    @Test
    void doming_in_any_tested_task_is_doming_under_load() {
        var findings = deepCoreOf(deepCore(
                Map.of(DomingTask.HEAD_LIFT, false, DomingTask.LEG_LOWERING, true, DomingTask.CURL_UP, true),
                Optional.empty()));

        assertThat(findings.ofKind(FindingKind.DOMING_UNDER_LOAD))
                .extracting(Finding::reason)
                .containsExactly("Doming during curl-up, leg lowering");
    }

    @Test
    void no_doming_in_the_tested_tasks_is_no_finding_but_counts_as_assessed() {
        var findings = deepCoreOf(deepCore(Map.of(DomingTask.HEAD_LIFT, false), Optional.empty()));

        assertThat(findings.has(FindingKind.DOMING_UNDER_LOAD)).isFalse();
        assertThat(findings.notAssessed()).doesNotContain(FindingArea.DOMING);
    }

    @ParameterizedTest(name = "pain now {0}, worst {1} -> severe {2}")
    @CsvSource({"2, 6, false", "3, 7, true", "9, 10, true"})
    void a_worst_pain_of_7_or_more_rated_at_the_visit_is_severe_pain(int now, int worst, boolean severe) {
        var findings = findingsOf(AssessmentSections.builder()
                .painAtVisit(PainAtVisitSection.of(now, worst))
                .build());

        assertThat(findings.has(FindingKind.SEVERE_PAIN)).isEqualTo(severe);
        assertThat(findings.notAssessed()).doesNotContain(FindingArea.PAIN_AT_VISIT);
    }

    @Test
    void paradoxical_breathing_is_a_breathing_finding() {
        var findings = breathing(
                new BreathingSection(BreathingPattern.PARADOXICAL, RibExpansion.NONE, RibExpansion.NONE, false, true));

        assertThat(findings.findings()).extracting(Finding::kind).containsExactly(FindingKind.PARADOXICAL_BREATHING);
    }

    @Test
    void upper_chest_breathing_is_a_breathing_finding() {
        var findings = breathing(new BreathingSection(
                BreathingPattern.UPPER_CHEST_DOMINANT, RibExpansion.REDUCED, RibExpansion.NONE, false, true));

        assertThat(findings.findings())
                .extracting(Finding::kind)
                .containsExactly(FindingKind.UPPER_CHEST_DOMINANT_BREATHING);
    }

    @Test
    void breath_holding_and_an_uncoordinated_exhale_on_effort_are_findings_even_with_a_good_pattern() {
        var findings = breathing(new BreathingSection(
                BreathingPattern.DIAPHRAGMATIC, RibExpansion.FULL, RibExpansion.FULL, true, false));

        assertThat(findings.findings())
                .extracting(Finding::kind)
                .containsExactly(FindingKind.BREATH_HOLDING_ON_EFFORT, FindingKind.EXHALE_NOT_COORDINATED_WITH_EFFORT);
    }

    @Test
    void mobility_and_scar_sections_do_not_make_finding_areas_unassessed_or_assessed() {
        var findings = findingsOf(AssessmentSections.builder()
                .mobility(new MobilitySection(
                        MobilityGrade.LIMITED,
                        MobilityGrade.FULL,
                        MobilityGrade.PAINFUL,
                        MobilityGrade.FULL,
                        Set.of(PostureObservation.RIB_FLARE)))
                .build());

        assertThat(findings.findings()).isEmpty();
        assertThat(findings.notAssessed()).isEqualTo(EnumSet.allOf(FindingArea.class));
    }

    @Test
    void findings_of_a_full_assessment_come_from_every_section() {
        var findings = findingsOf(AssessmentSections.builder()
                .painAtVisit(PainAtVisitSection.of(6, 8))
                .breathing(new BreathingSection(
                        BreathingPattern.PARADOXICAL, RibExpansion.NONE, RibExpansion.REDUCED, true, false))
                .deepCore(deepCore(Map.of(DomingTask.CURL_UP, true), Optional.of(AslrScore.of(2, 1, Optional.empty()))))
                .pelvicFloor(examined(1))
                .diastasis(diastasis(ultrasound(IrdSite.UMBILICUS, "28")))
                .build());

        assertThat(findings.findings())
                .extracting(Finding::kind)
                .containsExactlyElementsOf(List.of(
                        FindingKind.SEVERE_PAIN,
                        FindingKind.PARADOXICAL_BREATHING,
                        FindingKind.BREATH_HOLDING_ON_EFFORT,
                        FindingKind.EXHALE_NOT_COORDINATED_WITH_EFFORT,
                        FindingKind.DOMING_UNDER_LOAD,
                        FindingKind.ASLR_POSITIVE,
                        FindingKind.PELVIC_FLOOR_WEAK,
                        FindingKind.DIASTASIS));
    }
}
