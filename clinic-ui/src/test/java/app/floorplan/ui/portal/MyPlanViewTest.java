package app.floorplan.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class MyPlanViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void aPatientWithoutAProgramHasALogin() {
        new PortalPatients(context).withLogin("portal-no-plan");
    }

    @Test
    @WithUserDetails(value = "portal-no-plan", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_patient_without_a_program_lands_on_her_plan_with_an_honest_empty_state() {
        navigate("", MyPlanView.class);

        assertThat(getCurrentView()).isInstanceOf(MyPlanView.class);
        assertThat($view(H2.class).single().getText()).isEqualTo("Hello, Tess");
        assertThat($view(Div.class).id("my-plan-empty-state").getElement().getTextRecursively())
                .contains("has not shared a home program");
    }

    @Test
    @WithUserDetails("anna")
    void anna_sees_her_current_phase_exercises_advice_the_shared_reason_her_streak_and_her_chart() {
        navigate(MyPlanView.class);

        assertThat($view(H3.class).id("plan-phase").getText()).isEqualTo("Your phase: Stability");
        String exercises = text("plan-exercises");
        assertThat(exercises)
                .contains("1. Connection breath", "Dead bug level 1: marching")
                .doesNotContain("Heel slides");
        assertThat(text("plan-change-reason")).contains("tummy gap has narrowed");
        assertThat(text("streak")).contains("in a row");
        assertThat(text("practice-summary")).startsWith("Practised on").contains("Pain went from 6 to 3");
        assertThat($view(Svg.class).id("practice-chart").getElement().getProperty("innerHTML"))
                .contains("<polyline")
                .contains("role=\"img\"");
        assertThat($view(Button.class).id("log-today").getText()).isNotBlank();
    }

    @Test
    @WithUserDetails("anna")
    void an_exercises_steps_cues_watch_fors_and_pt_note_appear_when_she_opens_it() {
        navigate(MyPlanView.class);
        Details deadBug = $view(Details.class).all().stream()
                .filter(details ->
                        details.getSummary().getElement().getTextRecursively().contains("Dead bug"))
                .findFirst()
                .orElseThrow();
        assertThat(deadBug.getContent().findAny()).as("built only when opened").isEmpty();

        deadBug.setOpened(true);

        String body = deadBug.getElement().getTextRecursively();
        assertThat(body).contains("Steps", "How much:", "From your physiotherapist: Keep the movement small");
        assertThat(body).contains("Stop or make it easier if you notice");
    }

    @Test
    @WithUserDetails("bea")
    void bea_sees_only_her_own_plan_never_annas() {
        navigate(MyPlanView.class);

        assertThat($view(H2.class).single().getText()).isEqualTo("Hello, Bea");
        String exercises = text("plan-exercises");
        assertThat(exercises).contains("Seated upper back rotation").doesNotContain("Dead bug");
        assertThat($view(Paragraph.class).all()).noneMatch(p -> p.getText().contains("tummy gap has narrowed"));
    }

    private String text(String id) {
        return $view(Component.class).id(id).getElement().getTextRecursively();
    }
}
