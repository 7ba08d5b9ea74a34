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
 * Use case: a PT exports a patient's record as a FHIR R4 bundle for another system (the download on the patient page
 * and the staff API). Clinical data, so PTs of the patient's clinic only; admins produce a patient's own copy through
 * {@link RecordCopies} instead. Audited as {@code RECORD_EXPORTED}.
 */
public class RecordExports {

    private final PatientRepository patients;
    private final PatientRecordAssembler records;
    private final RecordBundleWriter bundles;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public RecordExports(
            PatientRepository patients,
            RecordSources sources,
            RecordBundleWriter bundles,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.patients = patients;
        this.records = sources.assembler();
        this.bundles = bundles;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** The patient's record as a FHIR R4 Bundle (JSON). */
    @RolesAllowed("PT")
    @Transactional
    public ExportedFile fhirBundle(PatientId patientId) {
        Actor actor = currentActor.require().requireRole(Role.PT);
        Patient patient = patients.inClinicOf(actor, patientId);
        byte[] json = bundles.write(records.of(patient));
        audit.record(actor, AuditAction.RECORD_EXPORTED, patient.id());
        return new ExportedFile("patient-record-fhir.json", ExportedFile.FHIR_JSON, json);
    }
}
