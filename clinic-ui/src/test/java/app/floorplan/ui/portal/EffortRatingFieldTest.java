package app.floorplan.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.practice.Completion;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The log's effort field is FloorPlan's own 0-10 rating, explained in its own words, not Borg CR10 (licensed). */
@FloorPlanAppTest
class EffortRatingFieldTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void aPatientWithAProgram() {
        var patients = new PortalPatients(context);
        patients.program(patients.withLogin("log-effort"), 3);
    }

    @Test
    @WithUserDetails(value = "log-effort", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void the_effort_field_explains_floorplans_own_rating_and_refuses_a_value_above_10_next_to_it() {
        navigate(PracticeLogView.class);

        IntegerField effort = $view(IntegerField.class).id("effort");
        assertThat(effort.getLabel()).isEqualTo("Effort, from 0 to 10");
        assertThat(effort.getHelperText())
                .startsWith("How hard it felt: 0 resting; 1-3 easy")
                .contains("4-6 working")
                .endsWith("10 the hardest you can imagine.")
                .doesNotContainIgnoringCase("borg");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Completion> session = $view(RadioButtonGroup.class).id("session");
        test(session).selectItem("Done");
        test(effort).setValue(11);
        test($view(Button.class).id("save-practice")).click();

        assertThat(effort.isInvalid()).isTrue();
        assertThat(effort.getErrorMessage())
                .isEqualTo("Effort is rated from 0 (resting) to 10 (the hardest you can imagine)");
        assertThat(effort.getValue()).isEqualTo(11);
    }
}
