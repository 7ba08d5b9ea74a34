package app.floorplan.core.assessment;

import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PelvicFloorSectionTest {

    @ParameterizedTest(name = "Oxford {0} is {1}")
    @CsvSource({"0, none", "1, flicker", "2, weak", "3, moderate", "4, good", "5, strong"})
    void oxford_grades_0_to_5_carry_the_modified_oxford_scale_labels(int grade, String label) {
        assertThat(OxfordGrade.of(grade).label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6})
    void oxford_grades_outside_0_to_5_are_refused(int grade) {
        assertThat(refusedFields(() -> OxfordGrade.of(grade))).containsExactly("pelvicFloor.oxford");
    }

    @Test
    void perfect_keeps_every_item() {
        var perfect = Perfect.of(3, 10, 10, 10, true, false, true);

        assertThat(perfect.power()).contains(OxfordGrade.of(3));
        assertThat(perfect.enduranceSeconds()).contains(10);
        assertThat(perfect.repetitions()).contains(10);
        assertThat(perfect.fastContractions()).contains(10);
        assertThat(perfect.elevation()).contains(true);
        assertThat(perfect.coContraction()).contains(false);
        assertThat(perfect.timing()).contains(true);
    }

    @Test
    void any_perfect_item_may_be_left_not_tested_and_stays_empty_never_a_zero_or_a_no() {
        var perfect = Perfect.of(
                Optional.of(4),
                Optional.empty(),
                Optional.of(6),
                Optional.empty(),
                Optional.empty(),
                Optional.of(false),
                Optional.empty());

        assertThat(perfect.enduranceSeconds()).isEmpty();
        assertThat(perfect.fastContractions()).isEmpty();
        assertThat(perfect.elevation()).isEmpty();
        assertThat(perfect.coContraction()).contains(false);
        assertThat(InternalExam.of(perfect, PelvicFloorTone.NORMAL, PelvicFloorRelaxation.COMPLETE)
                        .notTested())
                .containsExactly(
                        InternalExamItem.ENDURANCE,
                        InternalExamItem.FAST_CONTRACTIONS,
                        InternalExamItem.ELEVATION,
                        InternalExamItem.TIMING);
    }

    @Test
    void an_internal_exam_with_nothing_tested_is_refused_asking_to_untick_the_exam() {
        var nothing = Perfect.of(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());

        assertThat(refusals(() -> new InternalExam(nothing, Optional.empty(), Optional.empty())))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("pelvicFloor.examined");
                    assertThat(violation.message()).contains("at least one");
                });
        assertThat(new InternalExam(nothing, Optional.empty(), Optional.of(PelvicFloorRelaxation.INCOMPLETE))
                        .notTested())
                .doesNotContain(InternalExamItem.RELAXATION)
                .contains(InternalExamItem.POWER, InternalExamItem.TONE);
    }

    @Test
    void with_oxford_0_a_count_may_be_left_not_tested() {
        var perfect = Perfect.of(
                Optional.of(0),
                Optional.empty(),
                Optional.of(0),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());

        assertThat(perfect.power()).contains(OxfordGrade.of(0));
    }

    @ParameterizedTest(name = "endurance {0}, repetitions {1}, fast {2} refuses {3}")
    @CsvSource({
        "-1, 5, 5, pelvicFloor.enduranceSeconds",
        "11, 5, 5, pelvicFloor.enduranceSeconds",
        "5, -1, 5, pelvicFloor.repetitions",
        "5, 11, 5, pelvicFloor.repetitions",
        "5, 5, -1, pelvicFloor.fastContractions",
        "5, 5, 11, pelvicFloor.fastContractions"
    })
    void perfect_counts_outside_0_to_10_are_refused(int endurance, int repetitions, int fast, String field) {
        assertThat(refusedFields(() -> Perfect.of(3, endurance, repetitions, fast, false, false, false)))
                .containsExactly(field);
    }

    @Test
    void perfect_counts_of_0_are_accepted_with_a_contraction() {
        var perfect = Perfect.of(1, 0, 0, 0, false, false, false);

        assertThat(perfect.enduranceSeconds()).contains(0);
        assertThat(perfect.repetitions()).contains(0);
        assertThat(perfect.fastContractions()).contains(0);
    }

    @Test
    void with_oxford_0_there_is_no_contraction_to_hold_repeat_or_flick() {
        assertThat(refusedFields(() -> Perfect.of(0, 1, 1, 1, false, false, false)))
                .containsExactlyInAnyOrder(
                        "pelvicFloor.enduranceSeconds", "pelvicFloor.repetitions", "pelvicFloor.fastContractions");
        assertThat(Perfect.of(0, 0, 0, 0, false, false, false).power()).contains(OxfordGrade.of(0));
    }

    @Test
    void every_problem_of_perfect_is_reported_at_once() {
        assertThat(refusedFields(() -> Perfect.of(6, 11, 11, 11, true, true, true)))
                .containsExactlyInAnyOrder(
                        "pelvicFloor.oxford",
                        "pelvicFloor.enduranceSeconds",
                        "pelvicFloor.repetitions",
                        "pelvicFloor.fastContractions");
    }

    @Test
    void internal_exam_values_without_recorded_consent_are_refused_with_the_reason() {
        var exam = InternalExam.of(
                Perfect.of(3, 5, 5, 5, true, true, true), PelvicFloorTone.NORMAL, PelvicFloorRelaxation.COMPLETE);

        assertThat(refusals(() -> new PelvicFloorSection(false, Optional.of(exam), Set.of())))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("pelvicFloor.internalExamConsent");
                    assertThat(violation.message()).contains("consent");
                });
        assertThat(new PelvicFloorSection(true, Optional.of(exam), Set.of()).internalExam())
                .contains(exam);
    }

    @Test
    void symptoms_are_recorded_without_an_internal_exam_or_consent() {
        var section = PelvicFloorSection.withoutInternalExam(
                false, Set.of(PelvicFloorSymptom.STRESS_URINARY_INCONTINENCE, PelvicFloorSymptom.BULGE_HEAVINESS));

        assertThat(section.internalExam()).isEmpty();
        assertThat(section.symptoms())
                .containsExactlyInAnyOrder(
                        PelvicFloorSymptom.STRESS_URINARY_INCONTINENCE, PelvicFloorSymptom.BULGE_HEAVINESS);
    }

    @Test
    void the_oxford_grade_of_an_exam_is_the_power_of_perfect() {
        var exam = InternalExam.of(
                Perfect.of(4, 5, 5, 5, true, true, true), PelvicFloorTone.LOW, PelvicFloorRelaxation.COMPLETE);

        assertThat(exam.oxford()).contains(OxfordGrade.of(4));
    }
}
