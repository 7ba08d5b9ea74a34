package app.floorplan.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.export.ExportedMeasure.MeasureSource;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordExportsTest {

    private final ExportWorld world = new ExportWorld();

    @Test
    void the_pt_exports_the_whole_record_as_a_fhir_bundle_and_it_is_audited_as_an_export() {
        PatientId chloe = world.patientWithFullRecord();
        world.side.logInAs(Role.PT, world.side.clinic);

        ExportedFile file = world.recordExports.fhirBundle(chloe);

        assertThat(file.mediaType()).isEqualTo("application/fhir+json");
        PatientRecord record = world.writtenBundles.getLast();
        assertThat(record.patientId()).isEqualTo(chloe);
        assertThat(record.plans()).extracting(PlanDocument::version).containsExactly(1, 2);
        assertThat(record.conditions()).hasSize(3);
        assertThat(record.log()).hasSize(3);
        assertThat(record.measures())
                .extracting(ExportedMeasure::source)
                .contains(MeasureSource.INTAKE, MeasureSource.ASSESSMENT, MeasureSource.PRACTICE_LOG);
        assertThat(world.side.audit)
                .extracting(AuditEvent::action, AuditEvent::patient)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.RECORD_EXPORTED, Optional.of(chloe)));
    }

    @Test
    void the_staff_export_is_refused_to_patients_admins_and_other_clinics_without_an_audit_of_success() {
        PatientId chloe = world.patientWithFullRecord();

        assertThatThrownBy(() -> world.recordExports.fhirBundle(chloe)).isInstanceOf(AccessRefusedException.class);
        world.side.logInAs(Role.ADMIN, world.side.clinic);
        assertThatThrownBy(() -> world.recordExports.fhirBundle(chloe)).isInstanceOf(AccessRefusedException.class);
        world.side.logInAs(Role.PT, ClinicId.random());
        assertThatThrownBy(() -> world.recordExports.fhirBundle(chloe)).isInstanceOf(AccessRefusedException.class);
        assertThat(world.writtenBundles).isEmpty();
        assertThat(world.side.audit).isEmpty();
    }

    @Test
    void the_patient_downloads_her_own_record_as_pdf_and_as_fhir() {
        PatientId chloe = world.patientWithFullRecord();

        ExportedFile pdf = world.recordCopies.mine(RecordFormat.PDF, PaperSize.A4);
        ExportedFile fhir = world.recordCopies.mine(RecordFormat.FHIR_JSON, PaperSize.A4);

        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(fhir.mediaType()).isEqualTo("application/fhir+json");
        assertThat(world.renderedRecords.getLast().patientId()).isEqualTo(chloe);
        assertThat(world.writtenBundles.getLast().patientId()).isEqualTo(chloe);
        assertThat(world.side.audit)
                .extracting(AuditEvent::action)
                .containsExactly(AuditAction.RECORD_COPY_EXPORTED, AuditAction.RECORD_COPY_EXPORTED);
    }

    @Test
    void the_admin_produces_the_same_copy_for_a_patient_of_her_clinic_only() {
        PatientId chloe = world.patientWithFullRecord();
        world.side.logInAs(Role.ADMIN, world.side.clinic);

        world.recordCopies.forPatient(chloe, RecordFormat.PDF, PaperSize.US_LETTER);

        assertThat(world.renderedRecords.getLast().patientId()).isEqualTo(chloe);
        world.side.logInAs(Role.ADMIN, ClinicId.random());
        assertThatThrownBy(() -> world.recordCopies.forPatient(chloe, RecordFormat.PDF, PaperSize.A4))
                .isInstanceOf(AccessRefusedException.class);
        world.side.logInAs(Role.PT, world.side.clinic);
        assertThatThrownBy(() -> world.recordCopies.forPatient(chloe, RecordFormat.FHIR_JSON, PaperSize.A4))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> world.recordCopies.mine(RecordFormat.FHIR_JSON, PaperSize.A4))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(world.side.audit)
                .extracting(AuditEvent::action, AuditEvent::patient)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.RECORD_COPY_EXPORTED, Optional.of(chloe)));
    }

    @Test
    void an_archived_patient_keeps_her_right_of_access_through_the_admin() {
        PatientId archived = world.side.patient("Dana", "Öberg", true);
        world.side.logInAs(Role.ADMIN, world.side.clinic);

        world.recordCopies.forPatient(archived, RecordFormat.FHIR_JSON, PaperSize.A4);

        assertThat(world.writtenBundles.getLast().plans()).isEmpty();
    }
}
