package app.floorplan.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.export.RecordCopies;
import app.floorplan.core.export.RecordFormat;
import app.floorplan.export.fhir.FhirRecordBundleWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The cross-record rows of the exports that take no id: a patient's own plan and own record come from her login, so
 * Bea, asking for "mine", gets Bea's and never Anna's, whatever Anna has.
 */
@FloorPlanAppTest
class OwnRecordExportsTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordCopies copies;

    @Autowired
    PlanDocuments documents;

    @AfterEach
    void logout() {
        Logins.logout();
    }

    @Test
    void each_patient_s_own_copy_is_of_her_own_record_only() {
        new Logins(users, jdbc).as(DemoClinic.PATIENT_BEA.username());

        var file = copies.mine(RecordFormat.FHIR_JSON, PaperSize.A4);

        Bundle bundle = FhirRecordBundleWriter.context()
                .newJsonParser()
                .parseResource(Bundle.class, new String(file.content(), StandardCharsets.UTF_8));
        var patients = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance)
                .map(resource -> ((Patient) resource).getIdentifierFirstRep().getValue())
                .toList();
        assertThat(patients).containsExactly(patientOf(DemoClinic.PATIENT_BEA.username()));
        assertThat(new String(file.content(), StandardCharsets.UTF_8))
                .doesNotContain(patientOf(DemoClinic.PATIENT_ANNA.username()));
    }

    @Test
    void her_plan_pdf_is_her_own_current_plan_or_nothing() {
        new Logins(users, jdbc).as(DemoClinic.PATIENT_BEA.username());

        var plan = documents.mine(PaperSize.A4);

        boolean beaHasAProgram = jdbc.sql("select count(*) from home_program p"
                                + " join account a on a.patient_id = p.patient_id where a.username = ?")
                        .param(DemoClinic.PATIENT_BEA.username())
                        .query(Integer.class)
                        .single()
                > 0;
        assertThat(plan.isPresent()).isEqualTo(beaHasAProgram);
    }

    private String patientOf(String username) {
        return jdbc.sql("select patient_id from account where username = ?")
                .param(username)
                .query(UUID.class)
                .single()
                .toString();
    }
}
