package app.floorplan.core.suggestion;

import static app.floorplan.core.program.ProgramFixtures.TODAY;
import static app.floorplan.core.suggestion.SuggestionFixtures.doming;
import static app.floorplan.core.suggestion.SuggestionFixtures.pelvicFloor;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.BreathingPattern;
import app.floorplan.core.assessment.DomingTask;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.program.ProgramFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** No phase above 2 while the latest relevant assessment records doming or a pelvic floor that does not let go. */
class PhaseCeilingTest {

    private static final LocalDate EARLIER = TODAY.minusWeeks(6);

    private static Assessment on(LocalDate day, AssessmentSections.Builder sections) {
        return ProgramFixtures.assessment(day, sections.build());
    }

    @Test
    void doming_at_the_latest_doming_test_holds_the_ceiling_at_phase_2_clinic_rule() {
        var ceiling = PhaseCeiling.of(
                List.of(on(TODAY, AssessmentSections.builder().deepCore(doming(DomingTask.HEAD_LIFT, true)))));

        assertThat(ceiling.reasons()).containsExactly("Assessment on " + TODAY + ": Doming during head lift");
        assertThat(ceiling.keepsOut(ProgramPhase.DYNAMIC_CONTROL)).isTrue();
        assertThat(ceiling.keepsOut(ProgramPhase.STABILITY)).isFalse();
    }

    @Test
    void a_newer_visit_that_skipped_the_doming_test_does_not_lift_the_ceiling() {
        var ceiling = PhaseCeiling.of(List.of(
                on(EARLIER, AssessmentSections.builder().deepCore(doming(DomingTask.CURL_UP, true))),
                on(
                        TODAY,
                        AssessmentSections.builder()
                                .breathing(
                                        SuggestionFixtures.breathing(BreathingPattern.DIAPHRAGMATIC, false, true)))));

        assertThat(ceiling.holds()).isTrue();
        assertThat(ceiling.reasons()).containsExactly("Assessment on " + EARLIER + ": Doming during curl-up");
        assertThat(PhaseCeiling.latestDomingTest(
                        List.of(on(EARLIER, AssessmentSections.builder().deepCore(doming(DomingTask.CURL_UP, true))))))
                .contains(EARLIER);
    }

    @Test
    void a_newer_doming_test_without_doming_lifts_the_ceiling() {
        var ceiling = PhaseCeiling.of(List.of(
                on(EARLIER, AssessmentSections.builder().deepCore(doming(DomingTask.CURL_UP, true))),
                on(TODAY, AssessmentSections.builder().deepCore(doming(DomingTask.CURL_UP, false)))));

        assertThat(ceiling.holds()).isFalse();
        assertThat(ceiling.keepsOut(ProgramPhase.STRENGTH_AND_FUNCTION)).isFalse();
    }

    @Test
    void a_high_tone_pelvic_floor_at_the_latest_internal_exam_holds_the_ceiling() {
        var ceiling = PhaseCeiling.of(List.of(on(
                EARLIER,
                AssessmentSections.builder()
                        .pelvicFloor(pelvicFloor(4, PelvicFloorTone.HIGH, PelvicFloorRelaxation.COMPLETE)))));

        assertThat(ceiling.reasons()).singleElement().asString().startsWith("Assessment on " + EARLIER + ": High");
    }

    @Test
    void without_assessments_there_is_no_ceiling_and_no_doming_test() {
        assertThat(PhaseCeiling.of(List.of()).holds()).isFalse();
        assertThat(PhaseCeiling.latestDomingTest(List.of())).isEqualTo(Optional.empty());
    }
}
