package app.floorplan.core.assessment;

import static app.floorplan.core.assessment.AssessmentFixtures.assessment;
import static app.floorplan.core.assessment.AssessmentFixtures.diastasis;
import static app.floorplan.core.assessment.AssessmentFixtures.ird;
import static app.floorplan.core.assessment.AssessmentFixtures.ultrasound;
import static app.floorplan.core.record.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiastasisFindingsTest {

    private static List<Finding> findings(DiastasisThresholds thresholds, DiastasisSection section) {
        return AssessmentFindings.of(
                        assessment(
                                AssessmentSections.builder().diastasis(section).build()),
                        thresholds)
                .findings();
    }

    @Test
    void ird_of_28_mm_at_the_umbilicus_is_a_diastasis_by_qu_2022() {
        var reading = ultrasound(IrdSite.UMBILICUS, "28");

        assertThat(findings(DiastasisThresholds.QU_2022, diastasis(reading)))
                .containsExactly(new Finding(
                        FindingKind.DIASTASIS,
                        Optional.of(reading),
                        "IRD 28 mm at the umbilicus at rest > 20 mm (Qu 2022)"));
    }

    @ParameterizedTest(name = "Qu 2022: {1} mm {0} -> diastasis {2}")
    @CsvSource({
        "ABOVE_UMBILICUS, 14, false",
        "ABOVE_UMBILICUS, 14.1, true",
        "UMBILICUS, 20, false",
        "UMBILICUS, 20.1, true"
    })
    void qu_2022_calls_a_diastasis_above_14_mm_3_cm_above_and_above_20_mm_at_the_umbilicus(
            IrdSite site, String millimetres, boolean diastasis) {
        var findings = findings(DiastasisThresholds.QU_2022, diastasis(ultrasound(site, millimetres)));

        assertThat(findings.stream().anyMatch(finding -> finding.kind() == FindingKind.DIASTASIS))
                .isEqualTo(diastasis);
        assertThat(findings).noneMatch(finding -> finding.kind() == FindingKind.IRD_NOT_JUDGED);
    }

    @ParameterizedTest(name = "Beer 2009: {1} mm {0} -> diastasis {2}")
    @CsvSource({
        "ABOVE_UMBILICUS, 22, false",
        "ABOVE_UMBILICUS, 22.1, true",
        "BELOW_UMBILICUS, 16, false",
        "BELOW_UMBILICUS, 16.1, true"
    })
    void beer_2009_is_normal_up_to_22_mm_3_cm_above_and_16_mm_2_cm_below(
            IrdSite site, String millimetres, boolean diastasis) {
        var findings = findings(DiastasisThresholds.BEER_2009, diastasis(ultrasound(site, millimetres)));

        assertThat(findings.stream().anyMatch(finding -> finding.kind() == FindingKind.DIASTASIS))
                .isEqualTo(diastasis);
    }

    @Test
    void the_same_reading_is_judged_by_the_chosen_source_and_says_which() {
        var section = diastasis(ultrasound(IrdSite.ABOVE_UMBILICUS, "18"));

        assertThat(findings(DiastasisThresholds.QU_2022, section))
                .extracting(Finding::reason)
                .containsExactly("IRD 18 mm 3 cm above the umbilicus at rest > 14 mm (Qu 2022)");
        assertThat(findings(DiastasisThresholds.BEER_2009, section)).isEmpty();
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
                            .isEqualTo("IRD 30 mm at the umbilicus at rest not judged: Beer 2009 gives no limit there");
                });
    }

    @Test
    void qu_2022_gives_no_limit_below_the_umbilicus_so_such_a_reading_is_not_judged() {
        assertThat(findings(DiastasisThresholds.QU_2022, diastasis(ultrasound(IrdSite.BELOW_UMBILICUS, "18"))))
                .extracting(Finding::kind)
                .containsExactly(FindingKind.IRD_NOT_JUDGED);
    }

    @Test
    void head_lift_readings_are_judged_too_and_the_reason_says_so() {
        var reading = ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.CALIPER, "24.5");

        assertThat(findings(DiastasisThresholds.QU_2022, diastasis(reading)))
                .extracting(Finding::reason)
                .containsExactly("IRD 24.5 mm at the umbilicus during a head lift > 20 mm (Qu 2022)");
    }

    @ParameterizedTest(name = "palpation {0} finger widths -> diastasis {1}")
    @CsvSource({"2, false", "2.5, true", "4, true"})
    void palpation_calls_a_diastasis_above_2_finger_widths_whatever_the_millimetre_source(
            String fingers, boolean diastasis) {
        var section = diastasis(ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.PALPATION, fingers));

        for (var thresholds : List.of(DiastasisThresholds.QU_2022, DiastasisThresholds.BEER_2009)) {
            assertThat(findings(thresholds, section))
                    .extracting(Finding::kind)
                    .isEqualTo(diastasis ? List.of(FindingKind.DIASTASIS) : List.of());
        }
    }

    @Test
    void a_palpated_diastasis_names_the_palpation_rule() {
        var section = diastasis(ird(IrdSite.ABOVE_UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.PALPATION, "3"));

        assertThat(findings(DiastasisThresholds.QU_2022, section))
                .extracting(Finding::reason)
                .containsExactly("IRD 3 finger widths 3 cm above the umbilicus during a head lift > 2 finger widths"
                        + " (palpation)");
    }

    @Test
    void a_palpated_reading_below_the_umbilicus_is_judged_by_the_palpation_rule_not_left_unjudged() {
        var section = diastasis(ird(IrdSite.BELOW_UMBILICUS, IrdCondition.REST, IrdMethod.PALPATION, "1"));

        assertThat(findings(DiastasisThresholds.QU_2022, section)).isEmpty();
    }

    @ParameterizedTest(name = "{0} mm at the umbilicus -> severe {1}")
    @CsvSource({"50, false", "50.1, true"})
    void more_than_50_mm_is_also_a_severe_diastasis(String millimetres, boolean severe) {
        var findings = findings(DiastasisThresholds.QU_2022, diastasis(ultrasound(IrdSite.UMBILICUS, millimetres)));

        assertThat(findings).extracting(Finding::kind).contains(FindingKind.DIASTASIS);
        assertThat(findings.stream().anyMatch(finding -> finding.kind() == FindingKind.SEVERE_DIASTASIS))
                .isEqualTo(severe);
    }

    @Test
    void a_severe_reading_where_the_source_has_no_limit_is_severe_not_unjudged() {
        var findings = findings(DiastasisThresholds.QU_2022, diastasis(ultrasound(IrdSite.BELOW_UMBILICUS, "55")));

        assertThat(findings)
                .extracting(Finding::reason)
                .containsExactly("IRD 55 mm 2 cm below the umbilicus at rest > 50 mm, commonly called severe");
        assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.SEVERE_DIASTASIS);
    }

    @Test
    void a_reading_4_5_cm_above_is_judged_against_the_3_cm_limit_and_the_reason_says_so() {
        var section = diastasis(AboveUmbilicusOffset.FOUR_AND_A_HALF_CM, ultrasound(IrdSite.ABOVE_UMBILICUS, "16"));

        assertThat(findings(DiastasisThresholds.QU_2022, section))
                .extracting(Finding::reason)
                .containsExactly("IRD 16 mm 4.5 cm above the umbilicus at rest > 14 mm (Qu 2022, defined 3 cm above)");
    }

    @Test
    void every_reading_is_judged_on_its_own() {
        var section = diastasis(
                ultrasound(IrdSite.ABOVE_UMBILICUS, "15"),
                ultrasound(IrdSite.UMBILICUS, "19"),
                ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.ULTRASOUND, "23"));

        assertThat(findings(DiastasisThresholds.QU_2022, section))
                .extracting(finding -> finding.reading().orElseThrow().condition(), finding -> finding.site()
                        .orElseThrow())
                .containsExactly(
                        tuple(IrdCondition.REST, IrdSite.ABOVE_UMBILICUS),
                        tuple(IrdCondition.HEAD_LIFT, IrdSite.UMBILICUS));
    }

    @Test
    void a_clinic_can_swap_in_its_own_thresholds() {
        var strict = new DiastasisThresholds(
                "Clinic protocol",
                AboveUmbilicusOffset.FOUR_AND_A_HALF_CM,
                Map.of(IrdSite.UMBILICUS, new BigDecimal("15")),
                new BigDecimal("1.5"),
                new BigDecimal("40"));

        assertThat(findings(strict, diastasis(ultrasound(IrdSite.UMBILICUS, "16"))))
                .extracting(Finding::reason)
                .containsExactly("IRD 16 mm at the umbilicus at rest > 15 mm (Clinic protocol)");
        assertThat(findings(strict, diastasis(ird(IrdSite.UMBILICUS, IrdCondition.REST, IrdMethod.PALPATION, "2"))))
                .extracting(Finding::kind)
                .containsExactly(FindingKind.DIASTASIS);
    }

    @Test
    void thresholds_need_a_source_and_positive_limits() {
        assertThat(refusedFields(() -> new DiastasisThresholds(
                        " ",
                        AboveUmbilicusOffset.THREE_CM,
                        Map.of(IrdSite.UMBILICUS, BigDecimal.ZERO),
                        BigDecimal.ZERO,
                        new BigDecimal("-1"))))
                .containsExactlyInAnyOrder(
                        "thresholds.source", "thresholds.umbilicus", "thresholds.fingerWidths", "thresholds.severe");
    }

    @Test
    void the_default_thresholds_are_qu_2022() {
        assertThat(DiastasisThresholds.DEFAULT).isEqualTo(DiastasisThresholds.QU_2022);
        assertThat(DiastasisThresholds.QU_2022.millimetreLimit(IrdSite.BELOW_UMBILICUS))
                .isEmpty();
        assertThat(DiastasisThresholds.BEER_2009.millimetreLimit(IrdSite.UMBILICUS))
                .isEmpty();
    }
}
