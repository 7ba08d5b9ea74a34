package app.floorplan.core.assessment;

import static app.floorplan.core.assessment.AssessmentFixtures.ird;
import static app.floorplan.core.assessment.AssessmentFixtures.ultrasound;
import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiastasisSectionTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "23.5", "150"})
    void millimetres_from_0_to_150_are_accepted(String millimetres) {
        assertThat(ultrasound(IrdSite.UMBILICUS, millimetres).distance().amount())
                .isEqualByComparingTo(millimetres);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "150.1", "23.45"})
    void millimetres_outside_0_to_150_or_finer_than_a_tenth_are_refused_under_the_reading_key(String millimetres) {
        assertThat(refusedFields(() -> ird(IrdSite.UMBILICUS, IrdCondition.REST, IrdMethod.CALIPER, millimetres)))
                .containsExactly("ird.umbilicus.rest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "2.5", "10"})
    void finger_widths_from_0_to_10_in_halves_are_accepted(String fingers) {
        var distance = ird(IrdSite.ABOVE_UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.PALPATION, fingers)
                .distance();

        assertThat(distance.unit()).isEqualTo(IrdUnit.FINGER_WIDTHS);
        assertThat(distance.amount()).isEqualByComparingTo(fingers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.5", "10.5", "2.3"})
    void finger_widths_outside_0_to_10_or_not_in_halves_are_refused(String fingers) {
        assertThat(refusedFields(
                        () -> ird(IrdSite.ABOVE_UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.PALPATION, fingers)))
                .containsExactly("ird.aboveUmbilicus.headLift");
    }

    @ParameterizedTest
    @EnumSource(
            value = IrdMethod.class,
            names = {"CALIPER", "ULTRASOUND"})
    void millimetre_methods_refuse_finger_widths(IrdMethod method) {
        var fingers = InterRectusDistance.fingerWidths(new BigDecimal("2"));

        assertThat(refusals(() -> new IrdReading(IrdSite.BELOW_UMBILICUS, IrdCondition.REST, method, fingers)))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("ird.belowUmbilicus.rest");
                    assertThat(violation.message()).endsWith("is recorded in mm, not finger widths");
                });
    }

    @Test
    void palpation_refuses_millimetres() {
        var millimetres = InterRectusDistance.millimetres(new BigDecimal("25"));

        assertThat(refusals(() ->
                        new IrdReading(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.PALPATION, millimetres)))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("ird.umbilicus.headLift");
                    assertThat(violation.message()).isEqualTo("Palpation is recorded in finger widths, not mm");
                });
    }

    @Test
    void the_method_decides_the_unit_of_a_reading_from_a_form() {
        assertThat(ird(IrdSite.UMBILICUS, IrdCondition.REST, IrdMethod.ULTRASOUND, "28")
                        .distance())
                .isEqualTo(InterRectusDistance.millimetres(new BigDecimal("28.0")));
        assertThat(ird(IrdSite.UMBILICUS, IrdCondition.REST, IrdMethod.PALPATION, "2")
                        .distance())
                .isEqualTo(InterRectusDistance.fingerWidths(new BigDecimal("2")));
    }

    @ParameterizedTest(name = "{0} {1} reads \"{2}\"")
    @CsvSource({"28.0, MILLIMETRES, 28 mm", "2.5, FINGER_WIDTHS, 2.5 finger widths", "1, FINGER_WIDTHS, 1 finger width"
    })
    void a_distance_reads_in_its_unit(String amount, IrdUnit unit, String label) {
        assertThat(new InterRectusDistance(new BigDecimal(amount), unit).label())
                .isEqualTo(label);
    }

    @Test
    void a_diastasis_section_needs_at_least_one_reading() {
        assertThat(refusedFields(() -> new DiastasisSection(
                        AboveUmbilicusOffset.THREE_CM,
                        BelowUmbilicusOffset.TWO_CM,
                        List.of(),
                        Optional.empty(),
                        Optional.empty())))
                .containsExactly("ird");
    }

    @Test
    void one_reading_per_site_and_condition() {
        var readings = List.of(
                ultrasound(IrdSite.UMBILICUS, "28"),
                ultrasound(IrdSite.UMBILICUS, "27"),
                ird(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, IrdMethod.ULTRASOUND, "22"));

        assertThat(refusedFields(() -> new DiastasisSection(
                        AboveUmbilicusOffset.THREE_CM,
                        BelowUmbilicusOffset.TWO_CM,
                        readings,
                        Optional.empty(),
                        Optional.empty())))
                .containsExactly("ird.umbilicus.rest");
    }

    @Test
    void a_reading_is_found_by_site_and_condition() {
        var atRest = ultrasound(IrdSite.UMBILICUS, "28");
        var section = new DiastasisSection(
                AboveUmbilicusOffset.FOUR_AND_A_HALF_CM,
                BelowUmbilicusOffset.THREE_CM,
                List.of(atRest),
                Optional.of(LineaAlbaTension.SOFT),
                Optional.of(LineaAlbaDepth.of(2)));

        assertThat(section.reading(IrdSite.UMBILICUS, IrdCondition.REST)).contains(atRest);
        assertThat(section.reading(IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT)).isEmpty();
        assertThat(section.tensionUnderLoad()).contains(LineaAlbaTension.SOFT);
    }

    @ParameterizedTest(name = "{0} above, {1} below -> {2}, {3}")
    @CsvSource({
        "THREE_CM, TWO_CM, THREE_CM_ABOVE, TWO_CM_BELOW",
        "FOUR_AND_A_HALF_CM, THREE_CM, FOUR_AND_A_HALF_CM_ABOVE, THREE_CM_BELOW",
        "THREE_CM, FOUR_AND_A_HALF_CM, THREE_CM_ABOVE, FOUR_AND_A_HALF_CM_BELOW"
    })
    void the_protocols_distances_above_and_below_give_the_exact_point_of_each_site(
            AboveUmbilicusOffset above, BelowUmbilicusOffset below, IrdLevel abovePoint, IrdLevel belowPoint) {
        var section = new DiastasisSection(
                above, below, List.of(ultrasound(IrdSite.UMBILICUS, "20")), Optional.empty(), Optional.empty());

        assertThat(section.level(IrdSite.ABOVE_UMBILICUS)).isEqualTo(abovePoint);
        assertThat(section.level(IrdSite.UMBILICUS)).isEqualTo(IrdLevel.UMBILICUS);
        assertThat(section.level(IrdSite.BELOW_UMBILICUS)).isEqualTo(belowPoint);
        assertThat(belowPoint.phrase()).isEqualTo(below.label() + " below the umbilicus");
    }

    @ParameterizedTest(name = "depth {0} knuckles: {1}")
    @CsvSource({
        "0, Fingertip stays on the surface",
        "1, To the first knuckle",
        "2, To the second knuckle",
        "3, To the third knuckle"
    })
    void linea_alba_depth_is_0_to_3_knuckles(int knuckles, String label) {
        assertThat(LineaAlbaDepth.of(knuckles).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4})
    void linea_alba_depth_outside_0_to_3_knuckles_is_refused(int knuckles) {
        assertThat(refusedFields(() -> LineaAlbaDepth.of(knuckles))).containsExactly("diastasis.depth");
    }
}
