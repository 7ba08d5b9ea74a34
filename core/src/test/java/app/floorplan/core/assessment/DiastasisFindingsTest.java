package app.floorplan.core.assessment;

import static app.floorplan.core.assessment.AssessmentFixtures.TODAY;
import static app.floorplan.core.assessment.AssessmentFixtures.assessment;
import static app.floorplan.core.assessment.AssessmentFixtures.diastasis;
import static app.floorplan.core.assessment.AssessmentFixtures.ird;
import static app.floorplan.core.assessment.AssessmentFixtures.ultrasound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.floorplan.core.intake.Babywearing;
import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.DeliveryMode;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.PerinealTrauma;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiastasisFindingsTest {

    private static final String QU = "(Qu 2021: 90th percentile of women who had not given birth)";

    private static List<Finding> findings(DiastasisThresholds thresholds, DiastasisSection section) {
        return findings(thresholds, section, Optional.empty());
    }

    private static List<Finding> findings(
            DiastasisThresholds thresholds, DiastasisSection section, Optional<ObstetricHistory> history) {
        return AssessmentFindings.of(
                        assessment(
                                AssessmentSections.builder().diastasis(section).build()),
                        thresholds,
                        history)
                .findings();
    }

    private static Optional<ObstetricHistory> deliveredOn(LocalDate... dates) {
        var deliveries = Arrays.stream(dates)
                .map(date -> new Delivery(
                        date, DeliveryMode.SPONTANEOUS_VAGINAL, PerinealTrauma.NONE, false, Optional.empty()))
                .toList();
        return Optional.of(new ObstetricHistory(
                dates.length, dates.length, deliveries, Feeding.EXCLUSIVE_BREASTFEEDING, Babywearing.none()));
    }

    private static boolean isDiastasis(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.kind() == FindingKind.DIASTASIS);
    }

    @Test
    void umbilicus_reading_above_qu_2021_limit_is_a_diastasis_judged_against_women_who_had_not_given_birth() {
        var reading = ultrasound(IrdSite.UMBILICUS, "28");

        assertThat(findings(DiastasisThresholds.QU_2021, diastasis(reading)))
                .containsExactly(new Finding(
                        FindingKind.DIASTASIS,
                        Optional.of(reading),
                        "IRD 28 mm at the umbilicus at rest > 20 mm " + QU));
    }

    @ParameterizedTest(name = "Qu 2021: {1} mm {0} at rest -> diastasis {2}")
    @CsvSource({
        "ABOVE_UMBILICUS, 14, false",
        "ABOVE_UMBILICUS, 14.1, true",
        "UMBILICUS, 20, false",
        "UMBILICUS, 20.1, true"
    })
    void qu_2021_calls_a_diastasis_above_14_mm_3_cm_above_and_above_20_mm_at_the_umbilicus(
            IrdSite site, String millimetres, boolean diastasis) {
        var findings = findings(DiastasisThresholds.QU_2021, diastasis(ultrasound(site, millimetres)));

        assertThat(isDiastasis(findings)).isEqualTo(diastasis);
        assertThat(findings).noneMatch(finding -> finding.kind() == FindingKind.IRD_NOT_JUDGED);
    }

    @ParameterizedTest(name = "Beer 2009: {2} mm {0} ({1} below) -> diastasis {3}")
    @CsvSource({
        "ABOVE_UMBILICUS, TWO_CM, 22, false",
        "ABOVE_UMBILICUS, TWO_CM, 22.1, true",
        "BELOW_UMBILICUS, TWO_CM, 16, false",
        "BELOW_UMBILICUS, TWO_CM, 16.1, true"
    })
    void beer_2009_is_normal_up_to_22_mm_3_cm_above_and_16_mm_2_cm_below(
            IrdSite site, BelowUmbilicusOffset below, String millimetres, boolean diastasis) {
        var findings = findings(DiastasisThresholds.BEER_2009, diastasis(below, ultrasound(site, millimetres)));

        assertThat(isDiastasis(findings)).isEqualTo(diastasis);
    }

    @Test
    void the_same_reading_is_judged_by_the_chosen_source_and_the_finding_names_it() {
        var section = diastasis(ultrasound(IrdSite.ABOVE_UMBILICUS, "18"));

        assertThat(findings(DiastasisThresholds.QU_2021, section))
                .extracting(Finding::reason)
                .containsExactly("IRD 18 mm 3 cm above the umbilicus at rest > 14 mm " + QU);
        assertThat(findings(DiastasisThresholds.BEER_2009, section)).isEmpty();
        assertThat(findings(DiastasisThresholds.BEER_2009, diastasis(ultrasound(IrdSite.ABOVE_UMBILICUS, "23"))))
                .extracting(Finding::reason)
                .containsExactly("IRD 23 mm 3 cm above the umbilicus at rest > 22 mm (Beer 2009: 90th percentile of"
                        + " women who had not given birth)");
    }

    @Test
    void beer_2009_gives_no_umbilicus_limit_so_such_a_reading_is_not_judged_rather_than_normal() {
        var reading = ultrasound(IrdSite.UMBILICUS, "30");

        assertThat(findings(DiastasisThresholds.BEER_2009, diastasis(reading)))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.kind()).isEqualTo(FindingKind.IRD_NOT_JUDGED);
                    assertThat(finding.site()).contains(IrdSite.UMBILICUS);
                    assertThat(finding.reason())
                            .isEqualTo("IRD 30 mm at the umbilicus at rest not judged: Beer 2009 gives no limit at the"
                                    + " umbilicus");
                });
    }

    @Test
    void qu_2021_measured_3_cm_below_but_its_printed_value_is_unconfirmed_so_the_reading_is_not_judged() {
        assertThat(findings(
                        DiastasisThresholds.QU_2021,
                        diastasis(BelowUmbilicusOffset.THREE_CM, ultrasound(IrdSite.BELOW_UMBILICUS, "18"))))
                .extracting(Finding::kind, Finding::reason)
                .containsExactly(tuple(
                        FindingKind.IRD_NOT_JUDGED,
                        "IRD 18 mm 3 cm below the umbilicus at rest not judged: the value Qu 2021 prints for 3 cm below"
                                + " the umbilicus (> 2 mm) could not be confirmed"));
    }

    @ParameterizedTest(name = "Qu 2021, {0} below: not judged")
    @CsvSource({"TWO_CM, 2 cm", "FOUR_AND_A_HALF_CM, 4.5 cm"})
    void qu_2021_gives_no_limit_2_or_4_5_cm_below_the_umbilicus(BelowUmbilicusOffset below, String distance) {
        assertThat(findings(DiastasisThresholds.QU_2021, diastasis(below, ultrasound(IrdSite.BELOW_UMBILICUS, "9"))))
                .extracting(Finding::reason)
                .containsExactly("IRD 9 mm " + distance + " below the umbilicus at rest not judged: Qu 2021 gives no"
                        + " limit " + distance + " below the umbilicus");
    }

    @Test
    void beer_2009s_limit_2_cm_below_is_not_borrowed_for_a_reading_3_cm_below() {
        assertThat(findings(
                        DiastasisThresholds.BEER_2009,
                        diastasis(BelowUmbilicusOffset.THREE_CM, ultrasound(IrdSite.BELOW_UMBILICUS, "25"))))
                .extracting(Finding::kind)
                .containsExactly(FindingKind.IRD_NOT_JUDGED);
    }

    @Test
    void a_reading_4_5_cm_above_is_not_judged_against_qu_2021s_limit_for_3_cm_above() {
        var section = diastasis(AboveUmbilicusOffset.FOUR_AND_A_HALF_CM, ultrasound(IrdSite.ABOVE_UMBILICUS, "16"));

        assertThat(findings(DiastasisThresholds.QU_2021, section))
                .extracting(Finding::reason)
                .containsExactly("IRD 16 mm 4.5 cm above the umbilicus at rest not judged: Qu 2021 gives no limit 4.5"
                        + " cm above the umbilicus");
    }

    @Test
    void head_lift_readings_are_not_judged_by_qu_2021_limits_given_at_rest_only() {
        var reading = ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.CALIPER, "24.5");

        assertThat(findings(DiastasisThresholds.QU_2021, diastasis(reading)))
                .extracting(Finding::kind, Finding::reason)
                .containsExactly(tuple(
                        FindingKind.IRD_NOT_JUDGED,
                        "IRD 24.5 mm at the umbilicus during a head lift not judged: Qu 2021 gives limits at rest"
                                + " only"));
    }

    @Test
    void head_lift_readings_are_not_judged_by_beer_2009_limits_given_at_rest_only() {
        var reading = ird(IrdSite.ABOVE_UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.ULTRASOUND, "30");

        assertThat(findings(DiastasisThresholds.BEER_2009, diastasis(reading)))
                .extracting(Finding::reason)
                .containsExactly("IRD 30 mm 3 cm above the umbilicus during a head lift not judged: Beer 2009 gives"
                        + " limits at rest only");
    }

    @ParameterizedTest(name = "palpation {0} finger widths -> diastasis {1} (Gluppe 2018)")
    @CsvSource({"1.5, false", "2, true", "4, true"})
    void palpation_of_2_finger_widths_or_more_is_a_diastasis_by_gluppe_2018_whatever_the_millimetre_source(
            String fingers, boolean diastasis) {
        var section = diastasis(ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.PALPATION, fingers));

        for (var thresholds : DiastasisThresholds.values()) {
            assertThat(findings(thresholds, section))
                    .extracting(Finding::kind)
                    .isEqualTo(diastasis ? List.of(FindingKind.DIASTASIS) : List.of());
        }
    }

    @Test
    void a_palpated_diastasis_names_gluppe_2018() {
        var section = diastasis(ird(IrdSite.ABOVE_UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.PALPATION, "3"));

        assertThat(findings(DiastasisThresholds.QU_2021, section))
                .extracting(Finding::reason)
                .containsExactly("IRD 3 finger widths 3 cm above the umbilicus during a head lift >= 2 finger widths"
                        + " (palpation, Gluppe 2018)");
    }

    @ParameterizedTest(name = "{0} mm at the umbilicus -> severe {1}")
    @CsvSource({"50, false", "50.1, true"})
    void more_than_50_mm_is_also_a_severe_diastasis_by_clinic_rule(String millimetres, boolean severe) {
        var findings = findings(DiastasisThresholds.QU_2021, diastasis(ultrasound(IrdSite.UMBILICUS, millimetres)));

        assertThat(findings).extracting(Finding::kind).contains(FindingKind.DIASTASIS);
        assertThat(findings.stream().anyMatch(finding -> finding.kind() == FindingKind.SEVERE_DIASTASIS))
                .isEqualTo(severe);
    }

    @Test
    void a_severe_reading_where_the_source_has_no_limit_is_severe_not_unjudged() {
        var findings = findings(DiastasisThresholds.QU_2021, diastasis(ultrasound(IrdSite.BELOW_UMBILICUS, "55")));

        assertThat(findings)
                .extracting(Finding::reason)
                .containsExactly("IRD 55 mm 2 cm below the umbilicus at rest > 50 mm: severe (clinic rule)");
        assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.SEVERE_DIASTASIS);
    }

    @Test
    void every_reading_is_judged_on_its_own() {
        var section = diastasis(
                ultrasound(IrdSite.ABOVE_UMBILICUS, "15"),
                ultrasound(IrdSite.UMBILICUS, "19"),
                ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.ULTRASOUND, "23"));

        assertThat(findings(DiastasisThresholds.QU_2021, section))
                .extracting(
                        Finding::kind,
                        finding -> finding.reading().orElseThrow().condition(),
                        finding -> finding.site().orElseThrow())
                .containsExactly(
                        tuple(FindingKind.DIASTASIS, IrdCondition.REST, IrdSite.ABOVE_UMBILICUS),
                        tuple(FindingKind.IRD_NOT_JUDGED, IrdCondition.HEAD_LIFT, IrdSite.UMBILICUS));
    }

    @Test
    void a_wide_gap_5_weeks_after_the_birth_is_a_diastasis_that_says_it_is_expected_this_early_by_coldron_2008() {
        var fiveWeeksTwoDays = TODAY.minusDays(37);

        assertThat(findings(
                        DiastasisThresholds.QU_2021,
                        diastasis(ultrasound(IrdSite.UMBILICUS, "35")),
                        deliveredOn(fiveWeeksTwoDays)))
                .extracting(Finding::reason)
                .containsExactly(
                        "IRD 35 mm at the umbilicus at rest > 20 mm " + QU + "; 5 weeks 2 days after the birth,"
                                + " a wide gap is expected: it narrows by itself in the first 8 weeks (Coldron 2008)");
    }

    @ParameterizedTest(name = "{0} days after the birth -> early note {1}")
    @CsvSource({"55, true", "56, false", "400, false"})
    void the_expected_wide_gap_is_noted_before_8_weeks_after_the_birth_only(int daysSinceBirth, boolean noted) {
        var reason = findings(
                        DiastasisThresholds.QU_2021,
                        diastasis(ird(IrdSite.UMBILICUS, IrdCondition.REST, IrdMethod.PALPATION, "3")),
                        deliveredOn(TODAY.minusDays(daysSinceBirth)))
                .getFirst()
                .reason();

        assertThat(reason.contains("a wide gap is expected")).isEqualTo(noted);
    }

    @Test
    void the_time_since_birth_counts_from_the_latest_delivery_on_or_before_the_visit() {
        var visit = TODAY.minusWeeks(20);
        var birthBeforeVisit = visit.minusWeeks(3);
        var laterBirth = TODAY.minusWeeks(1);
        var findings = AssessmentFindings.of(
                        assessment(
                                visit,
                                AssessmentSections.builder()
                                        .diastasis(diastasis(ultrasound(IrdSite.UMBILICUS, "30")))
                                        .build()),
                        DiastasisThresholds.QU_2021,
                        deliveredOn(TODAY.minusYears(3), birthBeforeVisit, laterBirth))
                .findings();

        assertThat(findings.getFirst().reason()).contains("; 3 weeks after the birth, a wide gap is expected");
    }

    @Test
    void without_an_intake_or_a_recorded_delivery_nothing_is_said_about_the_time_since_birth() {
        var section = diastasis(ultrasound(IrdSite.UMBILICUS, "30"));

        assertThat(findings(DiastasisThresholds.QU_2021, section).getFirst().reason())
                .doesNotContain("after the birth");
        assertThat(findings(DiastasisThresholds.QU_2021, section, deliveredOn())
                        .getFirst()
                        .reason())
                .doesNotContain("after the birth");
    }

    @Test
    void the_default_thresholds_are_qu_2021_and_each_source_describes_its_limits() {
        assertThat(DiastasisThresholds.DEFAULT).isEqualTo(DiastasisThresholds.QU_2021);
        assertThat(DiastasisThresholds.QU_2021.source()).isEqualTo("Qu 2021");
        assertThat(DiastasisThresholds.BEER_2009.source()).isEqualTo("Beer 2009");
        assertThat(DiastasisThresholds.QU_2021.limit(IrdLevel.THREE_CM_BELOW, IrdCondition.REST))
                .isEmpty();
        assertThat(DiastasisThresholds.BEER_2009.limit(IrdLevel.UMBILICUS, IrdCondition.REST))
                .isEmpty();
        assertThat(DiastasisThresholds.QU_2021.description()).contains("14 mm", "20 mm", "at rest");
        assertThat(DiastasisThresholds.BEER_2009.description()).contains("22 mm", "16 mm", "at rest");
    }
}
