package app.floorplan.ui.error;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.ui.patient.PatientView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
@WithUserDetails("therapist")
class PageNotFoundViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "patients/not-a-patient",
                "patients/abc",
                // a link cut short when it was copied
                "patients/0b6c3f9e-5d1a-4c2b-9e7f",
                "patients/0b6c3f9e-5d1a-4c2b-9e7f-1a2b3c4d5e6f/assessments/12",
                "patients/0b6c3f9e-5d1a-4c2b-9e7f-1a2b3c4d5e6f/nothing-here",
                "no-such-page"
            })
    void a_mistyped_or_truncated_address_is_page_not_found_not_an_error(String address) {
        navigate(address, PageNotFoundView.class);

        assertThat($view(H2.class).first().getText()).isEqualTo("Page not found");
    }

    @Test
    void a_well_formed_patient_address_still_opens_the_patient() {
        String anna = jdbc.sql("select patient_id::text from account where username = ?")
                .param(DemoClinic.PATIENT_ANNA.username())
                .query(String.class)
                .single();

        navigate("patients/" + anna, PatientView.class);
        navigate("patients/" + anna.toUpperCase(java.util.Locale.ROOT), PatientView.class);
    }
}
