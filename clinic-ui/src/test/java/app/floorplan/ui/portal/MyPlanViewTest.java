package app.floorplan.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.practice.ClinicCalendar;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.stream.IntStream;
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

    @Autowired
    ClinicCalendar calendar;

    @BeforeEach
    void patientsHaveLogins() {
        var patients = new PortalPatients(context);
        patients.withLogin("portal-no-plan");
        patients.withLogin("portal-plan");
        patients.withLogin("portal-other");
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
    @WithUserDetails(value = "portal-no-plan", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void her_plan_page_shows_when_to_get_help_now_with_the_emergency_tier_first_and_a_number_to_dial() {
        navigate(MyPlanView.class);

        Div card = $view(Div.class).id("help-now");
        String text = card.getElement().getTextRecursively();
        assertThat(text).contains("When to get help now", "Call 112 now if you notice:", "A painful or swollen leg");
        assertThat(text.indexOf("Call 112 now")).isLessThan(text.indexOf("Call your midwife, GP or maternity unit"));
        assertThat($view(Anchor.class).id("help-now-call").getHref()).isEqualTo("tel:112");
        assertThat(card.hasClassName("fp-help-now-urgent")).isFalse();
        NativeDetails descriptions = $view(NativeDetails.class).id("help-now-descriptions");
        assertThat(descriptions.isOpen()).isFalse();
        assertThat(descriptions.getContent()).as("built only when she opens it").isNull();
        descriptions.setOpen(true);
        ComponentUtil.fireEvent(descriptions, new NativeDetails.ToggleEvent(descriptions, true));
        assertThat(descriptions.getElement().getTextRecursively())
                .contains("A painful or swollen leg: ", "Call your midwife, GP or maternity unit");
    }

    @Test
    @WithUserDetails(value = "portal-plan", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void she_sees_her_current_phase_exercises_the_shared_reason_her_streak_and_her_chart() {
        var patients = new PortalPatients(context);
        withPlanAndTwoWeeks(patients, "portal-plan");
        navigate(MyPlanView.class);

        assertThat($view(H3.class).id("plan-phase").getText()).isEqualTo("Your phase: Breath and connection");
        String exercises = text("plan-exercises");
        assertThat(exercises).contains("1. " + patients.exerciseName(0), "4. " + patients.exerciseName(3));
        assertThat(text("plan-change-reason")).contains("More exercises");
        assertThat(text("streak")).isEqualTo("14 days in a row. Keep going!");
        assertThat(text("practice-summary"))
                .isEqualTo("Practised on 6 of the last 7 days. Pain stayed at 4 over the last 4 weeks.");
        assertThat($view(Svg.class).id("practice-chart").getElement().getProperty("innerHTML"))
                .contains("<polyline")
                .contains("role=\"img\"");
        assertThat($view(Button.class).id("log-today").getText()).isEqualTo("Log today's practice");
    }

    @Test
    @WithUserDetails(value = "portal-plan", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_exercises_steps_watch_fors_and_pt_note_appear_when_she_opens_it() {
        var patients = new PortalPatients(context);
        withPlanAndTwoWeeks(patients, "portal-plan");
        navigate(MyPlanView.class);
        NativeDetails second = $view(NativeDetails.class).all().stream()
                .filter(details -> details.getSummaryText().startsWith("2. "))
                .findFirst()
                .orElseThrow();
        assertThat(second.getContent()).as("built only when opened").isNull();

        // as the browser does: the open property, then the toggle event
        second.setOpen(true);
        ComponentUtil.fireEvent(second, new NativeDetails.ToggleEvent(second, true));

        String body = second.getElement().getTextRecursively();
        assertThat(body).contains("Steps", "How much:", "From your physiotherapist: Note 1");
    }

    @Test
    @WithUserDetails(value = "portal-other", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void another_patient_sees_only_her_own_plan() {
        var patients = new PortalPatients(context);
        withPlanAndTwoWeeks(patients, "portal-plan");
        patients.program(patients.withLogin("portal-other"), 1);
        navigate(MyPlanView.class);

        String exercises = text("plan-exercises");
        assertThat(exercises).contains("1. " + patients.exerciseName(0)).doesNotContain("2. ");
        assertThat($view(Paragraph.class).all()).noneMatch(p -> p.getText().contains("More exercises"));
        assertThat(text("practice-summary")).startsWith("Practised on 0 of the last 7 days");
    }

    /** A plan of 2, then 4 exercises (shared reason), and the whole session done on each of the last 14 days. */
    private void withPlanAndTwoWeeks(PortalPatients patients, String username) {
        var me = patients.withLogin(username);
        var program = patients.program(me, 2);
        if (program.current().number() == 1) {
            var revised = patients.revise(me, 4);
            LocalDate today = calendar.today();
            patients.logged(
                    revised,
                    IntStream.rangeClosed(1, 14).mapToObj(today::minusDays).toList());
        }
    }

    private String text(String id) {
        return $view(Component.class).id(id).getElement().getTextRecursively();
    }
}
