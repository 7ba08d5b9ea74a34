package app.floorplan.core.portal;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

/** Use case: a patient opens their own plan. The patient record comes from the login, never from a request. */
public class MyPlan {

    private final PatientRepository patients;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public MyPlan(PatientRepository patients, CurrentActor currentActor, AuditTrail audit) {
        this.patients = patients;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @RolesAllowed("PATIENT")
    @Transactional
    public MyPlanPage open() {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        PatientId own = actor.patientId().orElseThrow(() -> new AccessRefusedException("login without patient"));
        Patient patient = patients.findById(own)
                .filter(p -> p.clinicId().equals(actor.clinicId()) && !p.archived())
                .orElseThrow(() -> new AccessRefusedException("patient record unavailable"));
        audit.record(actor, AuditAction.PLAN_VIEWED, own);
        return new MyPlanPage(patient.details().givenName());
    }
}
