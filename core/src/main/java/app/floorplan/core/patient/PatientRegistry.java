package app.floorplan.core.patient;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Use cases of the patient record: register, open, edit, archive. PTs and the clinic admin, within their own clinic;
 * the clinic is always the actor's, never one named in a request.
 */
public class PatientRegistry {

    private final PatientRepository patients;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public PatientRegistry(PatientRepository patients, CurrentActor currentActor, AuditTrail audit) {
        this.patients = patients;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /**
     * Registers a patient in the actor's clinic.
     *
     * @param duplicateConfirmed the PT has seen the possible duplicates and registers anyway
     * @throws PossibleDuplicateException when a patient with the same name and date of birth exists and the PT has not
     *     confirmed
     */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public PatientId register(PatientDetails details, boolean duplicateConfirmed) {
        Actor actor = staff();
        requireAssignable(actor, details);
        if (!duplicateConfirmed) {
            List<PossibleDuplicate> matches = patients.sameNameAndBirthDate(
                    actor.clinicId(), details.givenName(), details.familyName(), details.dateOfBirth());
            if (!matches.isEmpty()) {
                throw new PossibleDuplicateException(matches);
            }
        }
        PatientId id = PatientId.random();
        patients.add(new Patient(id, actor.clinicId(), details, false, 0));
        audit.record(actor, AuditAction.PATIENT_CREATED, id);
        return id;
    }

    /** Opens a patient of the actor's clinic; the view is audited. */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public Patient open(PatientId id) {
        Actor actor = staff();
        Patient patient = patients.inClinicOf(actor, id);
        audit.record(actor, AuditAction.PATIENT_VIEWED, id);
        return patient;
    }

    /**
     * Saves edited details.
     *
     * @param openedVersion the version the PT opened; a different stored version means someone else saved meanwhile
     * @throws EditConflictException when someone else saved meanwhile: nothing is written
     */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public Patient update(PatientId id, long openedVersion, PatientDetails details) {
        Actor actor = staff();
        Patient current = patients.inClinicOf(actor, id);
        requireAssignable(actor, details);
        Patient changed = new Patient(id, current.clinicId(), details, current.archived(), openedVersion);
        if (!patients.update(changed)) {
            throw new EditConflictException("This patient");
        }
        audit.record(actor, AuditAction.PATIENT_CHANGED, id);
        return new Patient(id, current.clinicId(), details, current.archived(), openedVersion + 1);
    }

    /** Archives (or restores) a patient: archived patients leave the default list but nothing is deleted. */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public Patient setArchived(PatientId id, long openedVersion, boolean archived) {
        Actor actor = staff();
        Patient current = patients.inClinicOf(actor, id);
        Patient changed = new Patient(id, current.clinicId(), current.details(), archived, openedVersion);
        if (!patients.update(changed)) {
            throw new EditConflictException("This patient");
        }
        audit.record(actor, archived ? AuditAction.PATIENT_ARCHIVED : AuditAction.PATIENT_CHANGED, id);
        return new Patient(id, current.clinicId(), current.details(), archived, openedVersion + 1);
    }

    /** The PTs a patient of the actor's clinic can be assigned to. */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public List<AssignablePt> assignablePts() {
        return patients.assignablePts(staff().clinicId());
    }

    /**
     * The PT a new patient's form proposes (she may change or clear it): the registering PT, so a patient registered
     * with the form's defaults has someone whose alert list and badge show her alerts; none when an admin registers.
     */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public Optional<AccountId> proposedPt() {
        Actor actor = staff();
        return actor.role() == Role.PT ? Optional.of(actor.accountId()) : Optional.empty();
    }

    private Actor staff() {
        return currentActor.require().requireRole(Role.PT, Role.ADMIN);
    }

    private void requireAssignable(Actor actor, PatientDetails details) {
        details.assignedPt().ifPresent(pt -> {
            boolean ofClinic = patients.assignablePts(actor.clinicId()).stream().anyMatch(a -> a.id().equals(pt));
            if (!ofClinic) {
                throw new InvalidInputException("assignedPt", "Choose a PT of your clinic");
            }
        });
    }
}
