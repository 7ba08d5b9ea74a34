package app.floorplan.core.export;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.clinic.Clinic;
import app.floorplan.core.clinic.ClinicRepository;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomeProgramVersion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Use case: the home program as a PDF handout. A PT prints any version of her clinic's patient's program (the current
 * one by default, an earlier one to show what changed); a patient prints her own current plan, never an earlier one
 * (as on My plan). Audited as {@code PLAN_EXPORTED} with the program's id.
 */
public class PlanDocuments {

    private final PatientRepository patients;
    private final ClinicRepository clinics;
    private final HomeProgramRepository programs;
    private final PlanDocumentFactory documents;
    private final PlanDocumentRenderer renderer;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public PlanDocuments(
            PatientRepository patients,
            ClinicRepository clinics,
            HomeProgramRepository programs,
            PlanDocumentSources sources,
            PlanDocumentRenderer renderer,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.patients = patients;
        this.clinics = clinics;
        this.programs = programs;
        this.documents = sources.factory();
        this.renderer = renderer;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /**
     * The PDF of one version of the patient's program.
     *
     * @param version the version number; the current one is the highest
     * @return empty when the patient has no program or no such version
     */
    @RolesAllowed("PT")
    @Transactional
    public Optional<ExportedFile> version(PatientId patientId, int version, PaperSize paper) {
        Actor actor = currentActor.require().requireRole(Role.PT);
        Patient patient = patients.inClinicOf(actor, patientId);
        Optional<HomeProgram> program = programs.current(patientId);
        Optional<HomeProgramVersion> chosen = program.flatMap(found -> found.version(version));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(export(actor, patient, program.orElseThrow(), chosen.get(), paper));
    }

    /**
     * The PDF of the patient's own current plan; the patient comes from the login.
     *
     * @return empty before her first program
     */
    @RolesAllowed("PATIENT")
    @Transactional
    public Optional<ExportedFile> mine(PaperSize paper) {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        Patient patient = patients.ownRecordOf(actor);
        return programs.current(patient.id()).map(program -> export(actor, patient, program, program.current(), paper));
    }

    private ExportedFile export(
            Actor actor, Patient patient, HomeProgram program, HomeProgramVersion version, PaperSize paper) {
        Clinic clinic = clinics.findById(patient.clinicId())
                .orElseThrow(() -> new AccessRefusedException("clinic of the patient not found"));
        PlanDocument document = documents.of(clinic, patient, program, version);
        byte[] pdf = renderer.render(document, paper);
        audit.record(
                actor, AuditAction.PLAN_EXPORTED, patient.id(), program.id().value());
        return new ExportedFile(
                "home-program-v" + document.version() + "-" + document.prescribedOn() + ".pdf", ExportedFile.PDF, pdf);
    }
}
