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
import static app.floorplan.core.testing.Refusals.refusedFields;
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
                visit(assessment(FIRST_VISIT, earlier)),
                visit(assessment(TODAY, later)),
                IrdSmallestRealChange.KESHWANI_2016,
                NrsMinimalImportantDifference.DEFAULT);
    }

    private static ComparedVisit visit(Assessment assessment) {
        return new ComparedVisit(assessment, RECORDED_AT);
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
    void ird_28_to_19_mm_by_ultrasound_at_the_umbilicus_is_improved_and_inside_keshwani_2016s_range_of_error() {
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
        assertThat(change.threshold())
                .isEqualTo(new ChangeThreshold.SmallestRealChange(
                        new BigDecimal("6.4"), new BigDecimal("19.7"), "Keshwani 2016", true));
        assertThat(change.size()).isEqualTo(ChangeSize.POSSIBLY_MEASUREMENT_ERROR);
    }

    @ParameterizedTest(name = "ultrasound {0} {1}: {2} -> {3} is {4}, {5}")
    @CsvSource({
        "UMBILICUS, HEAD_LIFT, 28, 21.7, IMPROVED, WITHIN_MEASUREMENT_ERROR",
        "UMBILICUS, HEAD_LIFT, 28, 21.6, IMPROVED, POSSIBLY_MEASUREMENT_ERROR",
        "ABOVE_UMBILICUS, REST, 40, 20.4, IMPROVED, POSSIBLY_MEASUREMENT_ERROR",
        "ABOVE_UMBILICUS, REST, 40, 20.3, IMPROVED, BEYOND_MEASUREMENT_ERROR",
        "UMBILICUS, REST, 20, 40, WORSE, BEYOND_MEASUREMENT_ERROR",
        "UMBILICUS, REST, 25, 25, UNCHANGED, WITHIN_MEASUREMENT_ERROR"
    })
    void keshwani_2016_ultrasound_changes_under_6_4_mm_are_error_and_from_19_7_mm_are_real_at_every_site(
            IrdSite site, IrdCondition condition, String earlier, String later, Direction direction, ChangeSize size) {
        var change = onlyNumeric(compare(
                diastasisOnly(diastasis(ird(site, condition, IrdMethod.ULTRASOUND, earlier))),
                diastasisOnly(diastasis(ird(site, condition, IrdMethod.ULTRASOUND, later)))));

        assertThat(change.direction()).isEqualTo(direction);
        assertThat(change.size()).isEqualTo(size);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} has no published error band")
    @CsvSource({"CALIPER, 30, 20", "CALIPER, 30, 29", "PALPATION, 3, 2", "PALPATION, 2, 3.5"})
    void caliper_and_finger_width_changes_have_no_published_error_band_rather_than_an_invented_one(
            IrdMethod method, String earlier, String later) {
        var change = onlyNumeric(compare(
                diastasisOnly(diastasis(ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, method, earlier))),
                diastasisOnly(diastasis(ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, method, later)))));

        assertThat(change.size()).isEqualTo(ChangeSize.NO_PUBLISHED_ERROR_BAND);
        assertThat(change.threshold()).isInstanceOf(ChangeThreshold.NoPublishedErrorBand.class);
    }

    @Test
    void the_smallest_real_change_depends_on_method_and_site() {
        var keshwani = IrdSmallestRealChange.KESHWANI_2016;

        assertThat(keshwani.of(IrdMethod.CALIPER, IrdLevel.UMBILICUS))
                .isEqualTo(new ChangeThreshold.NoPublishedErrorBand("no published error band for caliper readings"));
        assertThat(keshwani.of(IrdMethod.PALPATION, IrdLevel.UMBILICUS))
                .isEqualTo(new ChangeThreshold.NoPublishedErrorBand(
                        "no published error band for palpation (finger widths)"));
        assertThat(keshwani.of(IrdMethod.ULTRASOUND, IrdLevel.TWO_CM_BELOW))
                .isEqualTo(new ChangeThreshold.NoPublishedErrorBand(
                        "no published error band for ultrasound 2 cm below the umbilicus"));
        for (var measured : List.of(IrdLevel.THREE_CM_ABOVE, IrdLevel.UMBILICUS, IrdLevel.THREE_CM_BELOW)) {
            assertThat(keshwani.of(IrdMethod.ULTRASOUND, measured))
                    .isInstanceOfSatisfying(ChangeThreshold.SmallestRealChange.class, band -> {
                        assertThat(band.source()).isEqualTo("Keshwani 2016");
                        assertThat(band.exact())
                                .as("only the range over sites is confirmed")
                                .isFalse();
                        assertThat(band.leastReliableSite())
                                .as("Keshwani 2016 found the umbilicus least reliable")
                                .isEqualTo(measured == IrdLevel.UMBILICUS);
                    });
        }
    }

    @Test
    void an_ultrasound_change_4_5_cm_above_has_no_published_error_band() {
        var change = onlyNumeric(compare(
                diastasisOnly(
                        diastasis(AboveUmbilicusOffset.FOUR_AND_A_HALF_CM, ultrasound(IrdSite.ABOVE_UMBILICUS, "30"))),
                diastasisOnly(
                        diastasis(AboveUmbilicusOffset.FOUR_AND_A_HALF_CM, ultrasound(IrdSite.ABOVE_UMBILICUS, "5")))));

        assertThat(change.size()).isEqualTo(ChangeSize.NO_PUBLISHED_ERROR_BAND);
    }

    @Test
    void a_smallest_real_change_band_is_positive_and_ordered() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ChangeThreshold.SmallestRealChange(BigDecimal.ZERO, BigDecimal.ONE, "x", false));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ChangeThreshold.SmallestRealChange(BigDecimal.TEN, BigDecimal.ONE, "x", false));
        assertThat(new ChangeThreshold.SmallestRealChange(BigDecimal.ONE, BigDecimal.ONE, "x", false).exact())
                .isTrue();
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
                        .isEqualTo("Measured 3 cm above the umbilicus, then 4.5 cm above the umbilicus: different"
                                + " points are not subtracted"));
    }

    @Test
    void readings_at_different_distances_below_the_umbilicus_are_not_subtracted() {
        var comparison = compare(
                diastasisOnly(diastasis(BelowUmbilicusOffset.TWO_CM, ultrasound(IrdSite.BELOW_UMBILICUS, "12"))),
                diastasisOnly(diastasis(BelowUmbilicusOffset.THREE_CM, ultrasound(IrdSite.BELOW_UMBILICUS, "10"))));

        assertThat(comparison.changes())
                .singleElement()
                .isInstanceOfSatisfying(MeasureChange.NotComparable.class, change -> assertThat(change.reason())
                        .contains("2 cm below the umbilicus, then 3 cm below"));
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
                Perfect.of(3, 8, 6, 10, false, true, true), PelvicFloorTone.HIGH, PelvicFloorRelaxation.INCOMPLETE);
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
                        MeasureKind.PERFECT_TIMING,
                        MeasureKind.PELVIC_FLOOR_TONE,
                        MeasureKind.PELVIC_FLOOR_RELAXATION);
        assertThat(changes)
                .extracting(AssessmentComparisonTest::direction)
                .containsExactly(
                        Direction.UNCHANGED,
                        Direction.IMPROVED,
                        Direction.WORSE,
                        Direction.UNCHANGED,
                        Direction.IMPROVED,
                        Direction.WORSE,
                        Direction.UNCHANGED,
                        Direction.IMPROVED,
                        Direction.IMPROVED);
        assertThat(((MeasureChange.Numeric) changes.get(1)).unit()).isEqualTo("s");
        assertThat(changes.get(7))
                .isEqualTo(new MeasureChange.Category(
                        Measure.of(MeasureKind.PELVIC_FLOOR_TONE), "High", "Normal", Direction.IMPROVED));
    }

    @ParameterizedTest(name = "tone {0} -> {1} is {2}")
    @CsvSource({
        "HIGH, NORMAL, IMPROVED",
        "LOW, NORMAL, IMPROVED",
        "NORMAL, HIGH, WORSE",
        "LOW, HIGH, CHANGED",
        "HIGH, HIGH, UNCHANGED"
    })
    void normal_resting_tone_is_the_aim_so_towards_it_is_better(
            PelvicFloorTone before, PelvicFloorTone after, Direction direction) {
        var changes = compare(
                        pelvicFloorOnly(
                                examined(AssessmentFixtures.perfect(3), before, PelvicFloorRelaxation.COMPLETE)),
                        pelvicFloorOnly(examined(AssessmentFixtures.perfect(3), after, PelvicFloorRelaxation.COMPLETE)))
                .changes();

        assertThat(changes)
                .filteredOn(change -> change.measure().kind() == MeasureKind.PELVIC_FLOOR_TONE)
                .singleElement()
                .extracting(AssessmentComparisonTest::direction)
                .isEqualTo(direction);
    }

    @Test
    void an_exam_item_not_tested_at_one_visit_says_not_tested_and_one_tested_at_neither_adds_no_row() {
        var earlier = new PelvicFloorSection(
                true,
                Optional.of(new InternalExam(
                        Perfect.of(
                                Optional.of(2),
                                Optional.empty(),
                                Optional.of(5),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty()),
                        Optional.empty(),
                        Optional.of(PelvicFloorRelaxation.COMPLETE))),
                Set.of());
        var later = new PelvicFloorSection(
                true,
                Optional.of(new InternalExam(
                        Perfect.of(
                                Optional.empty(),
                                Optional.of(6),
                                Optional.of(7),
                                Optional.empty(),
                                Optional.of(true),
                                Optional.empty(),
                                Optional.empty()),
                        Optional.empty(),
                        Optional.of(PelvicFloorRelaxation.COMPLETE))),
                Set.of());

        var changes = compare(pelvicFloorOnly(earlier), pelvicFloorOnly(later)).changes();

        assertThat(changes)
                .extracting(change -> change.measure().kind())
                .containsExactly(
                        MeasureKind.OXFORD,
                        MeasureKind.PERFECT_ENDURANCE,
                        MeasureKind.PERFECT_REPETITIONS,
                        MeasureKind.PERFECT_ELEVATION,
                        MeasureKind.PELVIC_FLOOR_RELAXATION);
        assertThat(changes.get(0))
                .isEqualTo(new MeasureChange.NotComparable(
                        Measure.of(MeasureKind.OXFORD), "Not tested at the later visit"));
        assertThat(changes.get(1))
                .isEqualTo(new MeasureChange.NotComparable(
                        Measure.of(MeasureKind.PERFECT_ENDURANCE), "Not tested at the earlier visit"));
        assertThat(changes.get(2)).isInstanceOf(MeasureChange.Numeric.class);
        assertThat(changes.get(3))
                .as("a yes not tested earlier never reads as an earlier no")
                .isInstanceOf(MeasureChange.NotComparable.class);
    }

    @Test
    void an_internal_exam_done_only_at_the_later_visit_lists_every_item_as_not_comparable() {
        var changes = compare(
                        pelvicFloorOnly(PelvicFloorSection.withoutInternalExam(false, Set.of())),
                        pelvicFloorOnly(examined(3)))
                .changes();

        assertThat(changes).hasSize(9).allSatisfy(change -> assertThat(change)
                .isInstanceOfSatisfying(
                        MeasureChange.NotComparable.class, notComparable -> assertThat(notComparable.reason())
                                .isEqualTo("Not measured at the earlier visit")));
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
                        visit(assessment(FIRST_VISIT, sections)),
                        visit(otherPatients),
                        IrdSmallestRealChange.KESHWANI_2016,
                        NrsMinimalImportantDifference.DEFAULT)))
                .containsExactly("comparison");
    }

    @Test
    void the_earlier_visit_is_shown_first_whichever_order_they_were_picked_in() {
        var first = assessment(FIRST_VISIT, diastasisOnly(diastasis(ultrasound(IrdSite.UMBILICUS, "30"))));
        var second = assessment(TODAY, diastasisOnly(diastasis(ultrasound(IrdSite.UMBILICUS, "20"))));

        var comparison = AssessmentComparison.of(
                visit(second),
                visit(first),
                IrdSmallestRealChange.KESHWANI_2016,
                NrsMinimalImportantDifference.DEFAULT);

        assertThat(comparison.earlier().assessment()).isEqualTo(first);
        assertThat(comparison.later().assessment()).isEqualTo(second);
        assertThat(comparison.sameDay()).isFalse();
        assertThat(onlyNumeric(comparison).difference()).isEqualByComparingTo("-10");
    }

    @Test
    void two_visits_on_the_same_day_are_ordered_by_the_time_they_were_recorded() {
        var morning = new ComparedVisit(
                assessment(TODAY, diastasisOnly(diastasis(ultrasound(IrdSite.UMBILICUS, "30")))),
                RECORDED_AT.minusSeconds(3 * 3600));
        var afternoon = new ComparedVisit(
                assessment(TODAY, diastasisOnly(diastasis(ultrasound(IrdSite.UMBILICUS, "26")))), RECORDED_AT);

        var comparison = AssessmentComparison.of(
                afternoon, morning, IrdSmallestRealChange.KESHWANI_2016, NrsMinimalImportantDifference.DEFAULT);

        assertThat(comparison.sameDay()).isTrue();
        assertThat(comparison.earlier()).isEqualTo(morning);
        assertThat(comparison.later()).isEqualTo(afternoon);
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
        assertThat(worst.size()).isEqualTo(ChangeSize.MINIMAL_IMPORTANT_CHANGE_REACHED);
        assertThat(worst.threshold())
                .isEqualTo(new ChangeThreshold.MinimalImportantChange(new BigDecimal("2"), "Farrar 2001, Childs 2005"));
        assertThat(worst.method()).isEmpty();
        assertThat(worst.unit()).isEmpty();
        assertThat(numeric(comparison, MeasureKind.NRS_NOW).size())
                .isEqualTo(ChangeSize.MINIMAL_IMPORTANT_CHANGE_REACHED);
    }

    @Test
    void nrs_5_to_4_is_below_the_minimal_important_change_of_farrar_2001_not_measurement_error() {
        var now = numeric(compare(painOnly(5, 6), painOnly(4, 6)), MeasureKind.NRS_NOW);

        assertThat(now.direction()).as("still reported as lower").isEqualTo(Direction.IMPROVED);
        assertThat(now.size()).isEqualTo(ChangeSize.BELOW_MINIMAL_IMPORTANT_CHANGE);
        assertThat(now.size().label()).isEqualTo("Below the minimal important change");
    }

    @ParameterizedTest(name = "NRS now {0} -> {1} is {2}, {3}")
    @CsvSource({
        "5, 3, IMPROVED, MINIMAL_IMPORTANT_CHANGE_REACHED",
        "3, 5, WORSE, MINIMAL_IMPORTANT_CHANGE_REACHED",
        "3, 4, WORSE, BELOW_MINIMAL_IMPORTANT_CHANGE",
        "4, 4, UNCHANGED, BELOW_MINIMAL_IMPORTANT_CHANGE"
    })
    void less_pain_is_better_and_a_change_below_2_points_is_below_the_minimal_important_change(
            int earlier, int later, Direction direction, ChangeSize size) {
        var now = numeric(compare(painOnly(earlier, 10), painOnly(later, 10)), MeasureKind.NRS_NOW);

        assertThat(now.direction()).isEqualTo(direction);
        assertThat(now.size()).isEqualTo(size);
    }

    @Test
    void the_minimal_important_difference_in_pain_is_configurable() {
        var strict = new NrsMinimalImportantDifference(1);
        var comparison = AssessmentComparison.of(
                visit(assessment(FIRST_VISIT, painOnly(5, 6))),
                visit(assessment(TODAY, painOnly(4, 6))),
                IrdSmallestRealChange.KESHWANI_2016,
                strict);

        var now = numeric(comparison, MeasureKind.NRS_NOW);
        assertThat(now.size()).isEqualTo(ChangeSize.MINIMAL_IMPORTANT_CHANGE_REACHED);
        assertThat(now.threshold())
                .as("a clinic's own value does not borrow the published source")
                .isEqualTo(new ChangeThreshold.MinimalImportantChange(BigDecimal.ONE, "clinic setting"));
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
            case MeasureChange.Category category -> category.direction();
            case MeasureChange.NotComparable notComparable -> throw new AssertionError(notComparable.reason());
        };
    }
}
