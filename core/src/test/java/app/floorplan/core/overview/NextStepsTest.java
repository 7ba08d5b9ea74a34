package app.floorplan.core.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextStepsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void a_new_patient_needs_an_intake_and_a_first_assessment() {
        assertThat(PatientOverviews.nextSteps(false, false, Optional.empty(), false, TODAY))
                .containsExactly(NextStep.RECORD_INTAKE, NextStep.FIRST_ASSESSMENT);
    }

    @Test
    void open_red_flags_come_before_anything_else_once_the_intake_is_recorded() {
        assertThat(PatientOverviews.nextSteps(true, true, Optional.of(TODAY), false, TODAY))
                .containsExactly(NextStep.RESOLVE_RED_FLAGS);
    }

    @Test
    void re_assessment_is_due_only_after_six_weeks() {
        assertThat(PatientOverviews.nextSteps(true, false, Optional.of(TODAY.minusDays(42)), true, TODAY))
                .isEmpty();
        assertThat(PatientOverviews.nextSteps(true, false, Optional.of(TODAY.minusDays(43)), true, TODAY))
                .containsExactly(NextStep.REASSESS);
    }

    @Test
    void an_assessed_patient_without_a_program_is_due_one_not_nothing_outstanding() {
        assertThat(PatientOverviews.nextSteps(true, false, Optional.of(TODAY), false, TODAY))
                .containsExactly(NextStep.PRESCRIBE_PROGRAM);
        assertThat(PatientOverviews.nextSteps(true, false, Optional.of(TODAY), true, TODAY))
                .isEmpty();
    }
}
