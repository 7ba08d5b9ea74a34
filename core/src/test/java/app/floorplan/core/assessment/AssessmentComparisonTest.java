package app.floorplan.core.assessment;

import static app.floorplan.core.assessment.AssessmentFixtures.PT;
import static app.floorplan.core.assessment.AssessmentFixtures.RECORDED_AT;
import static app.floorplan.core.assessment.AssessmentFixtures.TODAY;
import static app.floorplan.core.assessment.AssessmentFixtures.assessment;
import static app.floorplan.core.assessment.AssessmentFixtures.deepCore;
import static app.floorplan.core.assessment.AssessmentFixtures.diastasis;
import static app.floorplan.core.assessment.AssessmentFixtures.examined;
import static app.floorplan.core.assessment.AssessmentFixtures.ird;
import static app.floorplan.core.assessment.AssessmentFixtures.normalBreathing;
import static app.floorplan.core.assessment.AssessmentFixtures.ultrasound;
import static app.floorplan.core.record.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.RedFlagScreen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentComparisonTest {

    private static final LocalDate FIRST_VISIT = TODAY.minusWeeks(6);

    private static AssessmentComparison compare(AssessmentSections earlier, AssessmentSections later) {
        return AssessmentComparison.of(
                assessment(FIRST_VISIT, earlier),
                assessment(TODAY, later),
                IrdSmallestRealChange.DEFAULT,
                NrsMinimalImportantDifference.DEFAULT);
    }

    private static AssessmentSections diastasisOnly(DiastasisSection section) {
        return AssessmentSections.builder().diastasis(section).build();
    }

    private static AssessmentSections pelvicFloorOnly(PelvicFloorSection section) {
        return AssessmentSections.builder().pelvicFloor(section).build();
    }

    private static AssessmentSections painOnly(int now, int worstLastWeek) {
        return AssessmentSections.builder()
                .painAtVisit(PainAtVisitSection.of(now, worstLastWeek))
                .build();
    }

    private static MeasureChange.Numeric numeric(AssessmentComparison comparison, MeasureKind kind) {
        return comparison.changes().stream()
                .filter(change -> change.measure().kind() == kind)
                .map(MeasureChange.Numeric.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static MeasureChange.Numeric onlyNumeric(AssessmentComparison comparison) {
        assertThat(comparison.changes()).hasSize(1);
        assertThat(comparison.changes().getFirst()).isInstanceOf(MeasureChange.Numeric.class);
        return (MeasureChange.Numeric) comparison.changes().getFirst();
    }

    @Test
    void ird_28_to_19_mm_by_ultrasound_at_the_umbilicus_is_improved_beyond_measurement_error() {
        var change = onlyNumeric(compare(
                diastasisOnly(diastasis(ultrasound(IrdSite.UMBILICUS, "28"))),
                diastasisOnly(diastasis(ultrasound(IrdSite.UMBILICUS, "19")))));

        assertThat(change.measure()).isEqualTo(Measure.ird(IrdSite.UMBILICUS, IrdCondition.REST));
        assertThat(change.earlier()).isEqualByComparingTo("28");
        assertThat(change.later()).isEqualByComparingTo("19");
        assertThat(change.difference()).isEqualByComparingTo("-9");
        assertThat(change.unit()).isEqualTo("mm");
        assertThat(change.method()).contains(IrdMethod.ULTRASOUND);
        assertThat(change.direction()).isEqualTo(Direction.IMPROVED);
        assertThat(change.size()).isEqualTo(ChangeSize.BEYOND_MEASUREMENT_ERROR);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} is {3}, {4}")
    @CsvSource({
        "ULTRASOUND, 28, 22, IMPROVED, BEYOND_MEASUREMENT_ERROR",
        "ULTRASOUND, 28, 22.1, IMPROVED, WITHIN_MEASUREMENT_ERROR",
        "ULTRASOUND, 20, 26, WORSE, BEYOND_MEASUREMENT_ERROR",
        "CALIPER, 30, 20, IMPROVED, BEYOND_MEASUREMENT_ERROR",
        "CALIPER, 30, 20.1, IMPROVED, WITHIN_MEASUREMENT_ERROR",
        "CALIPER, 25, 25, UNCHANGED, WITHIN_MEASUREMENT_ERROR",
        "PALPATION, 3, 2, IMPROVED, BEYOND_MEASUREMENT_ERROR",
        "PALPATION, 3, 2.5, IMPROVED, WITHIN_MEASUREMENT_ERROR",
        "PALPATION, 2, 3.5, WORSE, BEYOND_MEASUREMENT_ERROR"
    })
    void a_smaller_ird_is_better_and_changes_below_the_methods_smallest_real_change_are_within_error(
            IrdMethod method, String earlier, String later, Direction direction, ChangeSize size) {
        var change = onlyNumeric(compare(
                diastasisOnly(diastasis(ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, method, earlier))),
                diastasisOnly(diastasis(ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, method, later)))));

        assertThat(change.direction()).isEqualTo(direction);
        assertThat(change.size()).isEqualTo(size);
    }

    @Test
    void the_smallest_real_change_is_configurable_per_method() {
        var strict = new IrdSmallestRealChange(new BigDecimal("5"), new BigDecimal("2"), new BigDecimal("0.5"));
        var comparison = AssessmentComparison.of(
                assessment(FIRST_VISIT, diastasisOnly(diastasis(ultrasound(IrdSite.UMBILICUS, "28")))),
                assessment(TODAY, diastasisOnly(diastasis(ultrasound(IrdSite.UMBILICUS, "25")))),
                strict,
                NrsMinimalImportantDifference.DEFAULT);

        assertThat(onlyNumeric(comparison).size()).isEqualTo(ChangeSize.BEYOND_MEASUREMENT_ERROR);
        assertThat(strict.of(IrdMethod.CALIPER)).isEqualByComparingTo("5");
        assertThat(strict.of(IrdMethod.PALPATION)).isEqualByComparingTo("0.5");
    }

    @Test
    void the_default_smallest_real_changes_lie_in_the_briefs_range_of_6_to_20_mm() {
        assertThat(IrdSmallestRealChange.DEFAULT.of(IrdMethod.ULTRASOUND)).isEqualByComparingTo("6");
        assertThat(IrdSmallestRealChange.DEFAULT.of(IrdMethod.CALIPER)).isEqualByComparingTo("10");
        assertThat(IrdSmallestRealChange.DEFAULT.of(IrdMethod.PALPATION)).isEqualByComparingTo("1");
    }

    @Test
    void a_smallest_real_change_must_be_above_0() {
        assertThat(refusedFields(() -> new IrdSmallestRealChange(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)))
                .containsExactlyInAnyOrder(
                        "smallestRealChange.caliper", "smallestRealChange.ultrasound", "smallestRealChange.palpation");
    }

    @Test
    void readings_by_different_methods_are_not_subtracted() {
        var comparison = compare(
                diastasisOnly(diastasis(ultrasound(IrdSite.UMBILICUS, "28"))),
                diastasisOnly(diastasis(ird(IrdSite.UMBILICUS, IrdCondition.REST, IrdMethod.PALPATION, "2"))));

        assertThat(comparison.changes())
                .singleElement()
                .isInstanceOfSatisfying(MeasureChange.NotComparable.class, change -> assertThat(change.reason())
                        .isEqualTo("Measured by ultrasound (28 mm), then by palpation (2 finger widths): different"
                                + " methods are not subtracted"));
    }

    @Test
    void caliper_and_ultrasound_share_a_unit_but_are_still_not_subtracted() {
        var comparison = compare(
                diastasisOnly(diastasis(ultrasound(IrdSite.UMBILICUS, "28"))),
                diastasisOnly(diastasis(ird(IrdSite.UMBILICUS, IrdCondition.REST, IrdMethod.CALIPER, "20"))));

        assertThat(comparison.changes()).singleElement().isInstanceOf(MeasureChange.NotComparable.class);
    }

    @Test
    void readings_at_different_distances_above_the_umbilicus_are_not_subtracted() {
        var comparison = compare(
                diastasisOnly(diastasis(AboveUmbilicusOffset.THREE_CM, ultrasound(IrdSite.ABOVE_UMBILICUS, "20"))),
                diastasisOnly(
                        diastasis(AboveUmbilicusOffset.FOUR_AND_A_HALF_CM, ultrasound(IrdSite.ABOVE_UMBILICUS, "15"))));

        assertThat(comparison.changes())
                .singleElement()
                .isInstanceOfSatisfying(MeasureChange.NotComparable.class, change -> assertThat(change.reason())
                        .contains("3 cm above the umbilicus, then 4.5 cm above"));
    }

    @Test
    void a_different_above_umbilicus_protocol_does_not_affect_umbilicus_readings() {
        var change = onlyNumeric(compare(
                diastasisOnly(diastasis(AboveUmbilicusOffset.THREE_CM, ultrasound(IrdSite.UMBILICUS, "28"))),
                diastasisOnly(
                        diastasis(AboveUmbilicusOffset.FOUR_AND_A_HALF_CM, ultrasound(IrdSite.UMBILICUS, "25")))));

        assertThat(change.direction()).isEqualTo(Direction.IMPROVED);
    }

    @Test
    void a_reading_taken_at_only_one_visit_is_listed_as_not_comparable() {
        var comparison = compare(
                AssessmentSections.builder().breathing(normalBreathing()).build(),
                diastasisOnly(
                        diastasis(ultrasound(IrdSite.UMBILICUS, "25"), ultrasound(IrdSite.ABOVE_UMBILICUS, "12"))));

        assertThat(comparison.changes())
                .extracting(MeasureChange::measure)
                .containsExactly(
                        Measure.ird(IrdSite.ABOVE_UMBILICUS, IrdCondition.REST),
                        Measure.ird(IrdSite.UMBILICUS, IrdCondition.REST));
        assertThat(comparison.changes()).allSatisfy(change -> assertThat(change)
                .isInstanceOfSatisfying(
                        MeasureChange.NotComparable.class, notComparable -> assertThat(notComparable.reason())
                                .isEqualTo("Not measured at the earlier visit")));
    }

    @Test
    void a_reading_missing_at_the_later_visit_is_listed_as_not_comparable() {
        var comparison = compare(
                diastasisOnly(diastasis(ultrasound(IrdSite.BELOW_UMBILICUS, "15"))),
                diastasisOnly(diastasis(ultrasound(IrdSite.UMBILICUS, "25"))));

        assertThat(comparison.changes())
                .extracting(change -> ((MeasureChange.NotComparable) change).reason())
                .as("rows follow the sites from above to below the umbilicus")
                .containsExactly("Not measured at the earlier visit", "Not measured at the later visit");
    }

    @Test
    void an_ird_measure_needs_a_site_and_condition_and_other_measures_have_none() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Measure(MeasureKind.IRD, Optional.of(IrdSite.UMBILICUS), Optional.empty()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Measure(
                        MeasureKind.OXFORD, Optional.of(IrdSite.UMBILICUS), Optional.of(IrdCondition.REST)));
    }

    @Test
    void oxford_2_to_3_is_improved_and_no_measurement_error_is_claimed() {
        var comparison = compare(pelvicFloorOnly(examined(2)), pelvicFloorOnly(examined(3)));

        assertThat(comparison.changes().getFirst()).isInstanceOfSatisfying(MeasureChange.Numeric.class, oxford -> {
            assertThat(oxford.measure()).isEqualTo(Measure.of(MeasureKind.OXFORD));
            assertThat(oxford.difference()).isEqualByComparingTo("1");
            assertThat(oxford.direction()).isEqualTo(Direction.IMPROVED);
            assertThat(oxford.size()).isEqualTo(ChangeSize.MEASUREMENT_ERROR_UNKNOWN);
            assertThat(oxford.unit()).isEmpty();
        });
    }

    @Test
    void every_perfect_item_is_compared_with_more_being_better() {
        var earlier = examined(
                Perfect.of(3, 8, 6, 10, false, true, true), PelvicFloorTone.NORMAL, PelvicFloorRelaxation.COMPLETE);
        var later = examined(
                Perfect.of(3, 10, 4, 10, true, false, true), PelvicFloorTone.NORMAL, PelvicFloorRelaxation.COMPLETE);

        var changes = compare(pelvicFloorOnly(earlier), pelvicFloorOnly(later)).changes();

        assertThat(changes)
                .extracting(MeasureChange::measure)
                .extracting(Measure::kind)
                .containsExactly(
                        MeasureKind.OXFORD,
                        MeasureKind.PERFECT_ENDURANCE,
                        MeasureKind.PERFECT_REPETITIONS,
                        MeasureKind.PERFECT_FAST_CONTRACTIONS,
                        MeasureKind.PERFECT_ELEVATION,
                        MeasureKind.PERFECT_CO_CONTRACTION,
                        MeasureKind.PERFECT_TIMING);
        assertThat(changes)
                .extracting(AssessmentComparisonTest::direction)
                .containsExactly(
                        Direction.UNCHANGED,
                        Direction.IMPROVED,
                        Direction.WORSE,
                        Direction.UNCHANGED,
                        Direction.IMPROVED,
                        Direction.WORSE,
                        Direction.UNCHANGED);
        assertThat(((MeasureChange.Numeric) changes.get(1)).unit()).isEqualTo("s");
    }

    @Test
    void an_internal_exam_done_only_at_the_later_visit_lists_every_item_as_not_comparable() {
        var changes = compare(
                        pelvicFloorOnly(PelvicFloorSection.withoutInternalExam(false, Set.of())),
                        pelvicFloorOnly(examined(3)))
                .changes();

        assertThat(changes).hasSize(7).allMatch(MeasureChange.NotComparable.class::isInstance);
    }

    @ParameterizedTest(name = "ASLR total {0} -> {1} is {2}")
    @CsvSource({"4, 1, IMPROVED", "1, 3, WORSE", "2, 2, UNCHANGED"})
    void a_lower_aslr_total_is_better(int earlierLeft, int laterLeft, Direction direction) {
        var change = onlyNumeric(compare(
                AssessmentSections.builder()
                        .deepCore(deepCore(Map.of(), Optional.of(AslrScore.of(earlierLeft, 0, Optional.empty()))))
                        .build(),
                AssessmentSections.builder()
                        .deepCore(deepCore(Map.of(), Optional.of(AslrScore.of(laterLeft, 0, Optional.empty()))))
                        .build()));

        assertThat(change.measure()).isEqualTo(Measure.of(MeasureKind.ASLR_TOTAL));
        assertThat(change.direction()).isEqualTo(direction);
    }

    @Test
    void sections_assessed_at_neither_visit_add_no_rows() {
        var sections = AssessmentSections.builder().breathing(normalBreathing()).build();

        assertThat(compare(sections, sections).changes()).isEmpty();
    }

    @Test
    void assessments_of_different_patients_are_not_compared() {
        var sections = AssessmentSections.builder().breathing(normalBreathing()).build();
        var otherPatients = Assessment.record(
                AssessmentId.random(),
                PatientId.random(),
                PT,
                TODAY,
                sections,
                RedFlagScreen.allNegative(),
                false,
                TODAY,
                RECORDED_AT);

        assertThat(refusedFields(() -> AssessmentComparison.of(
                        assessment(FIRST_VISIT, sections),
                        otherPatients,
                        IrdSmallestRealChange.DEFAULT,
                        NrsMinimalImportantDifference.DEFAULT)))
                .containsExactly("comparison");
    }

    @Test
    void the_later_assessment_cannot_be_dated_before_the_earlier_one() {
        var sections = AssessmentSections.builder().breathing(normalBreathing()).build();

        assertThat(refusedFields(() -> AssessmentComparison.of(
                        assessment(TODAY, sections),
                        assessment(FIRST_VISIT, sections),
                        IrdSmallestRealChange.DEFAULT,
                        NrsMinimalImportantDifference.DEFAULT)))
                .containsExactly("comparison");
        assertThat(AssessmentComparison.of(
                                assessment(TODAY, sections),
                                assessment(TODAY, sections),
                                IrdSmallestRealChange.DEFAULT,
                                NrsMinimalImportantDifference.DEFAULT)
                        .changes())
                .isEmpty();
    }

    @Test
    void a_measure_label_names_the_site_and_condition_of_an_ird() {
        assertThat(Measure.ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT).label())
                .isEqualTo("Inter-rectus distance, at the umbilicus, during a head lift");
        assertThat(Measure.of(MeasureKind.OXFORD).label()).isEqualTo("Oxford grade");
        assertThat(List.of(
                        MeasureKind.IRD, MeasureKind.ASLR_TOTAL, MeasureKind.NRS_NOW, MeasureKind.NRS_WORST_LAST_WEEK))
                .allMatch(MeasureKind::lowerIsBetter);
        assertThat(Measure.of(MeasureKind.NRS_WORST_LAST_WEEK).label()).isEqualTo("Worst pain in the last week (NRS)");
    }

    @Test
    void nrs_7_to_4_is_an_improvement_beyond_the_mcid() {
        var comparison = compare(painOnly(5, 7), painOnly(2, 4));

        assertThat(comparison.changes())
                .extracting(MeasureChange::measure)
                .containsExactly(Measure.of(MeasureKind.NRS_NOW), Measure.of(MeasureKind.NRS_WORST_LAST_WEEK));
        var worst = numeric(comparison, MeasureKind.NRS_WORST_LAST_WEEK);
        assertThat(worst.earlier()).isEqualByComparingTo("7");
        assertThat(worst.later()).isEqualByComparingTo("4");
        assertThat(worst.difference()).isEqualByComparingTo("-3");
        assertThat(worst.direction()).isEqualTo(Direction.IMPROVED);
        assertThat(worst.size()).isEqualTo(ChangeSize.BEYOND_MEASUREMENT_ERROR);
        assertThat(worst.smallestRealChange())
                .hasValueSatisfying(mcid -> assertThat(mcid).isEqualByComparingTo("2"));
        assertThat(worst.method()).isEmpty();
        assertThat(worst.unit()).isEmpty();
        assertThat(numeric(comparison, MeasureKind.NRS_NOW).size()).isEqualTo(ChangeSize.BEYOND_MEASUREMENT_ERROR);
    }

    @Test
    void nrs_5_to_4_is_within_measurement_error() {
        var now = numeric(compare(painOnly(5, 6), painOnly(4, 6)), MeasureKind.NRS_NOW);

        assertThat(now.direction()).as("still reported as lower").isEqualTo(Direction.IMPROVED);
        assertThat(now.size()).isEqualTo(ChangeSize.WITHIN_MEASUREMENT_ERROR);
    }

    @ParameterizedTest(name = "NRS now {0} -> {1} is {2}, {3}")
    @CsvSource({
        "5, 3, IMPROVED, BEYOND_MEASUREMENT_ERROR",
        "3, 5, WORSE, BEYOND_MEASUREMENT_ERROR",
        "3, 4, WORSE, WITHIN_MEASUREMENT_ERROR",
        "4, 4, UNCHANGED, WITHIN_MEASUREMENT_ERROR"
    })
    void less_pain_is_better_and_a_change_below_2_points_is_within_measurement_error(
            int earlier, int later, Direction direction, ChangeSize size) {
        var now = numeric(compare(painOnly(earlier, 10), painOnly(later, 10)), MeasureKind.NRS_NOW);

        assertThat(now.direction()).isEqualTo(direction);
        assertThat(now.size()).isEqualTo(size);
    }

    @Test
    void the_minimal_important_difference_in_pain_is_configurable() {
        var strict = new NrsMinimalImportantDifference(1);
        var comparison = AssessmentComparison.of(
                assessment(FIRST_VISIT, painOnly(5, 6)),
                assessment(TODAY, painOnly(4, 6)),
                IrdSmallestRealChange.DEFAULT,
                strict);

        assertThat(numeric(comparison, MeasureKind.NRS_NOW).size()).isEqualTo(ChangeSize.BEYOND_MEASUREMENT_ERROR);
        assertThat(NrsMinimalImportantDifference.DEFAULT.points()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 11})
    void a_minimal_important_difference_outside_1_to_10_points_is_refused(int points) {
        assertThat(refusedFields(() -> new NrsMinimalImportantDifference(points)))
                .containsExactly("minimalImportantDifference.nrs");
    }

    @Test
    void pain_rated_at_only_one_visit_is_listed_as_not_comparable() {
        var comparison = compare(
                AssessmentSections.builder().breathing(normalBreathing()).build(), painOnly(3, 5));

        assertThat(comparison.changes())
                .extracting(change -> ((MeasureChange.NotComparable) change).reason())
                .containsExactly("Not measured at the earlier visit", "Not measured at the earlier visit");
    }

    @Test
    void pain_rows_follow_the_measured_values_of_the_exam() {
        var earlier = AssessmentSections.builder()
                .painAtVisit(PainAtVisitSection.of(5, 7))
                .pelvicFloor(examined(2))
                .diastasis(diastasis(ultrasound(IrdSite.UMBILICUS, "28")))
                .build();
        var later = AssessmentSections.builder()
                .painAtVisit(PainAtVisitSection.of(2, 4))
                .pelvicFloor(examined(3))
                .diastasis(diastasis(ultrasound(IrdSite.UMBILICUS, "19")))
                .build();

        assertThat(compare(earlier, later).changes())
                .extracting(change -> change.measure().kind())
                .startsWith(MeasureKind.IRD, MeasureKind.OXFORD)
                .endsWith(MeasureKind.NRS_NOW, MeasureKind.NRS_WORST_LAST_WEEK);
    }

    private static Direction direction(MeasureChange change) {
        return switch (change) {
            case MeasureChange.Numeric numeric -> numeric.direction();
            case MeasureChange.YesNo yesNo -> yesNo.direction();
            case MeasureChange.NotComparable notComparable -> throw new AssertionError(notComparable.reason());
        };
    }
}
