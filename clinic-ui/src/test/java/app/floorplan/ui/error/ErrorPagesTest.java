package app.floorplan.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** Error pages keep the person's frame, lead back to the start page and say what the cause is. */
@FloorPlanAppTest
class ErrorPagesTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails("therapist")
    void an_unknown_patient_id_reads_not_found_in_the_pts_own_frame_with_a_way_home() {
        navigate("patients/" + UUID.randomUUID(), AccessRefusedView.class);

        assertThat(page()).containsExactly(NotAvailable.NOT_FOUND_HEADING, NotAvailable.NOT_FOUND);
        assertThat(page().toString()).doesNotContain("administrator").doesNotContain("access");
        assertThat($(Span.class).id("current-user").getText()).contains("Pia Therapist");
        assertThat($view(RouterLink.class).id("refused-home").getHref()).isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void another_clinics_patient_reads_exactly_like_an_unknown_id() {
        navigate("patients/" + UUID.randomUUID(), AccessRefusedView.class);
        List<String> unknown = page();

        navigate("patients/" + patientOfAnotherClinic(), AccessRefusedView.class);

        assertThat(page()).isEqualTo(unknown);
    }

    @Test
    @WithUserDetails("therapist")
    void a_page_the_pts_role_does_not_include_is_not_available_in_her_frame() {
        navigate("admin/audit", RouteRefusedView.class);

        assertThat(page()).containsExactly(NotAvailable.REFUSED_HEADING, NotAvailable.REFUSED_STAFF);
        assertThat($(Span.class).id("current-user").getText()).contains("Pia Therapist");
        assertThat($view(RouterLink.class).id("refused-home").getText()).isEqualTo("Go to your start page");
    }

    @Test
    @WithUserDetails("anna")
    void a_patient_sent_to_a_staff_page_stays_in_her_own_frame_and_is_not_told_to_ask_an_administrator() {
        navigate("patients", RouteRefusedView.class);

        assertThat(page()).containsExactly(NotAvailable.REFUSED_HEADING, NotAvailable.REFUSED_PATIENT);
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getText).contains("My plan", "Log today");
        assertThat($view(RouterLink.class).id("refused-home").getText()).isEqualTo("Go to your start page");
    }

    @Test
    @WithUserDetails("anna")
    void a_mistyped_address_is_page_not_found_in_the_patients_frame() {
        navigate("my-plan/nothing-here", PageNotFoundView.class);

        assertThat($view(H2.class).first().getText()).isEqualTo("Page not found");
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getText).contains("My plan");
        assertThat($view(RouterLink.class).id("not-found-home").getText()).isEqualTo("Go to your start page");
    }

    private List<String> page() {
        return List.of(
                $view(H2.class).first().getText(),
                $view(Paragraph.class).first().getText());
    }

    private UUID patientOfAnotherClinic() {
        UUID clinic = UUID.randomUUID();
        UUID patient = UUID.randomUUID();
        jdbc.sql("insert into clinic (id, name) values (?, ?)")
                .params(clinic, "Error Pages Other Clinic " + clinic)
                .update();
        jdbc.sql("""
                        insert into patient (id, clinic_id, given_name, family_name, date_of_birth, preferred_language)
                        values (?, ?, 'Olga', 'Other', ?, 'English')""").params(patient, clinic, LocalDate.of(1990, 1, 1)).update();
        return patient;
    }
}
