package app.floorplan.core.export;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

/**
 * Use case: a patient's own copy of her record (right of access, GDPR Art. 15 and HIPAA 45 CFR 164.524): her details,
 * every version of her plan, the measures from her intake and assessments and her practice log, as a readable PDF or
 * a FHIR R4 bundle. She downloads it from the portal; the clinic admin produces the same for any patient of the
 * clinic who asks for it another way (e.g. by letter), archived patients included. Audited as
 * {@code RECORD_COPY_EXPORTED}.
 */
public class RecordCopies {

    private final PatientRepository patients;
    private final PatientRecordAssembler records;
    private final RecordBundleWriter bundles;
    private final RecordDocumentRenderer documents;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public RecordCopies(
            PatientRepository patients,
            RecordSources sources,
            RecordBundleWriter bundles,
            RecordDocumentRenderer documents,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.patients = patients;
        this.records = sources.assembler();
        this.bundles = bundles;
        this.documents = documents;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** The patient's copy of her own record; the patient comes from the login. */
    @RolesAllowed("PATIENT")
    @Transactional
    public ExportedFile mine(RecordFormat format, PaperSize paper) {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        return copy(actor, patients.ownRecordOf(actor), format, paper);
    }

    /** A patient's copy of her record, produced by the admin of her clinic on her request. */
    @RolesAllowed("ADMIN")
    @Transactional
    public ExportedFile forPatient(PatientId patientId, RecordFormat format, PaperSize paper) {
        Actor actor = currentActor.require().requireRole(Role.ADMIN);
        return copy(actor, patients.inClinicOf(actor, patientId), format, paper);
    }

    private ExportedFile copy(Actor actor, Patient patient, RecordFormat format, PaperSize paper) {
        var record = records.of(patient);
        ExportedFile file =
                switch (format) {
                    case PDF ->
                        new ExportedFile(
                                "my-record-" + record.producedOn() + ".pdf",
                                ExportedFile.PDF,
                                documents.render(record, paper));
                    case FHIR_JSON ->
                        new ExportedFile(
                                "my-record-" + record.producedOn() + "-fhir.json",
                                ExportedFile.FHIR_JSON,
                                bundles.write(record));
                };
        audit.record(actor, AuditAction.RECORD_COPY_EXPORTED, patient.id());
        return file;
    }
}
