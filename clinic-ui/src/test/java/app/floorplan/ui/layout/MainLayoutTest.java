package app.floorplan.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.ui.account.ChangePasswordView;
import app.floorplan.ui.patient.PatientListView;
import app.floorplan.ui.portal.MyPlanView;
import app.floorplan.ui.portal.PortalPatients;
import app.floorplan.ui.portal.PracticeLogView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void patientHasALogin() {
        new PortalPatients(context).withLogin("layout-patient");
    }

    @Test
    @WithUserDetails(value = "layout-patient", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void a_patient_gets_the_light_portal_frame_with_her_plan_todays_log_her_password_and_log_out() {
        navigate(MyPlanView.class);

        assertThat($(AppLayout.class).all()).as("no drawer for a patient").isEmpty();
        assertThat($(SideNav.class).all()).isEmpty();
        assertThat($(Span.class).id("current-user").getText()).isEqualTo("Tess Portal");
        assertThat($(RouterLink.class)
                        .from($(Header.class).withClassName("fp-portal-bar").single())
                        .all())
                .as("the frame's links (My plan's own link to My record is part of the view)")
                .extracting(RouterLink::getText, RouterLink::getHref)
                .containsExactly(
                        tuple("My plan", "my-plan"),
                        tuple("Log today", "my-plan/today"),
                        tuple("Reminders", "my-plan/reminders"),
                        tuple("Password", "change-password"));
        assertThat($(RouterLink.class).id("change-my-password").getHref()).isEqualTo("change-password");
        assertThat($(Button.class).id("logout").getText()).isEqualTo("Log out");

        navigate(PracticeLogView.class);
        assertThat($(Span.class).id("current-user").getText())
                .as("the same frame")
                .isEqualTo("Tess Portal");
        navigate(ChangePasswordView.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat($(Button.class).id("logout").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("therapist")
    void staff_keep_the_app_layout_with_the_drawer_navigation() {
        navigate("patients", PatientListView.class);

        assertThat($(AppLayout.class).all()).hasSize(1);
        assertThat($(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .containsExactly("Patients", "Exercises", "Alerts", "Sign-in security");
        assertThat($(Span.class).id("current-user").getText()).contains(" · ");
    }
}
