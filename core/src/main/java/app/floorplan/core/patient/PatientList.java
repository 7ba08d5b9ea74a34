package app.floorplan.core.patient;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.List;

/** Use case: a PT (or the clinic admin) searches their own clinic's patients, one page at a time. */
public class PatientList {

    static final int MAX_PAGE = 200;

    private final PatientRepository patients;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public PatientList(PatientRepository patients, CurrentActor currentActor, AuditTrail audit) {
        this.patients = patients;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** A page of the clinic's patients, sorted by family then given name. */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public List<PatientListItem> page(PatientQuery query, int offset, int limit) {
        Actor actor = currentActor.require().requireRole(Role.PT, Role.ADMIN);
        if (offset == 0) {
            audit.record(actor, AuditAction.PATIENT_LIST_VIEWED);
        }
        return patients.search(actor.clinicId(), query, Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    /** Whether the search finds anyone, to choose between the list and an empty state. */
    @RolesAllowed({"PT", "ADMIN"})
    @Transactional
    public boolean anyMatch(PatientQuery query) {
        Actor actor = currentActor.require().requireRole(Role.PT, Role.ADMIN);
        return patients.anyMatch(actor.clinicId(), query);
    }
}
