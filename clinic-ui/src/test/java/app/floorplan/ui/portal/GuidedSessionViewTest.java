package app.floorplan.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The server side of the guided session: what the player reports (as session-player.js sends it) is logged as today's
 * practice. The player itself runs in Chromium in {@code GuidedSessionE2ETest}.
 */
@FloorPlanAppTest
class GuidedSessionViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ClinicCalendar calendar;

    private PortalPatients patients;

    @BeforeEach
    void patientsWithAndWithoutAPlan() {
        patients = new PortalPatients(context);
        patients.program(patients.withLogin("session-stop"), 3);
        patients.program(patients.withLogin("session-end"), 3);
        patients.withLogin("session-no-plan");
    }

    @Test
    @WithUserDetails(value = "session-no-plan", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void without_a_plan_there_is_no_session_to_start_and_a_way_back() {
        navigate(GuidedSessionView.class);

        assertThat($view(Div.class).id("session-empty-state").getElement().getTextRecursively())
                .contains("no session to start yet");
        assertThat($view(Button.class).id("session-back").getText()).isEqualTo("Back to my plan");
    }

    @Test
    @WithUserDetails(value = "session-stop", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void stopping_for_leaking_saves_that_symptom_for_that_exercise_at_once() {
        PatientId me = patients.withLogin("session-stop");
        GuidedSessionView view = navigate(GuidedSessionView.class);
        assertThat($view(Div.class).id("session-player")).isNotNull();

        view.progress("[{\"i\":0,\"c\":\"DONE\",\"s\":null}]");
        assertThat(patients.entry(me, calendar.today()))
                .as("an ended exercise alone saves nothing")
                .isEmpty();
        view.stopped("[{\"i\":0,\"c\":\"DONE\",\"s\":null},{\"i\":1,\"c\":\"PARTLY\",\"s\":\"LEAKING\"}]");

        PracticeDay saved = patients.entry(me, calendar.today()).orElseThrow();
        assertThat(saved.exercises())
                .extracting(ExerciseOutcome::completion)
                .containsExactly(Completion.DONE, Completion.PARTLY);
        assertThat(saved.exercises().get(1).symptoms().flags()).containsExactly(SymptomFlag.LEAKING);
    }

    @Test
    @WithUserDetails(value = "session-end", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_end_saves_the_session_then_asks_pain_and_effort_once_and_a_second_tap_changes_nothing() {
        PatientId me = patients.withLogin("session-end");
        GuidedSessionView view = navigate(GuidedSessionView.class);

        view.finished(
                "[{\"i\":0,\"c\":\"DONE\",\"s\":null},{\"i\":1,\"c\":\"DONE\",\"s\":null},"
                        + "{\"i\":2,\"c\":\"SKIPPED\",\"s\":null},{\"i\":7,\"c\":\"DONE\",\"s\":null},{\"i\":1,\"c\":\"BOGUS\"}]");

        PracticeDay atEnd = patients.entry(me, calendar.today()).orElseThrow();
        assertThat(atEnd.session()).isEqualTo(Completion.PARTLY);
        assertThat(atEnd.pain()).isEmpty();
        assertThat($view(H2.class).id("session-end-heading").getText()).isEqualTo("Session ended");
        assertThat($view(UnorderedList.class).id("session-summary").getElement().getTextRecursively())
                .contains("1. " + patients.exerciseName(0) + ": Done", "3. " + patients.exerciseName(2) + ": Skipped");
        assertThat($view(Paragraph.class).id("session-status").getText()).isEqualTo("Saved as today's practice.");

        test($view(IntegerField.class).id("session-pain")).setValue(3);
        test($view(IntegerField.class).id("session-effort")).setValue(5);
        test($view(Button.class).id("session-save")).click();
        test($view(Button.class).id("session-save")).click();

        PracticeDay rated = patients.entry(me, calendar.today()).orElseThrow();
        assertThat(rated.pain()).hasValue(3);
        assertThat(rated.effort()).hasValue(5);
        assertThat(rated.revision()).isEqualTo(2);
        assertThat($view(Paragraph.class).id("session-status").getText()).isEqualTo("Saved. Thank you!");
    }

    @Test
    @WithUserDetails(value = "session-end", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void pain_out_of_range_is_marked_next_to_the_field_and_kept() {
        GuidedSessionView view = navigate(GuidedSessionView.class);
        view.finished("[{\"i\":0,\"c\":\"DONE\",\"s\":null}]");

        test($view(IntegerField.class).id("session-pain")).setValue(11);
        test($view(Button.class).id("session-save")).click();

        IntegerField pain = $view(IntegerField.class).id("session-pain");
        assertThat(pain.isInvalid()).isTrue();
        assertThat(pain.getErrorMessage()).contains("0 (none) to 10");
        assertThat(pain.getValue()).isEqualTo(11);
    }
}
