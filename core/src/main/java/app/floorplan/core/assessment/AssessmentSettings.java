package app.floorplan.core.assessment;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import app.floorplan.core.validation.EditConflictException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

/**
 * Use case: the clinic admin chooses which published diastasis limits the clinic's assessments are judged by. A
 * setting of the admin's own clinic only (from the login, never from a request); PTs use it through their findings but
 * cannot change it.
 */
public class AssessmentSettings {

    private final ClinicAssessmentSettings settings;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public AssessmentSettings(ClinicAssessmentSettings settings, CurrentActor currentActor, AuditTrail audit) {
        this.settings = settings;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public DiastasisThresholds diastasisThresholds() {
        Actor admin = currentActor.require().requireRole(Role.ADMIN);
        DiastasisThresholds current = settings.diastasisThresholds(admin.clinicId());
        audit.record(admin, AuditAction.CLINIC_SETTINGS_VIEWED, admin.clinicId().value());
        return current;
    }

    /**
     * @param shown the limits the admin saw when choosing
     * @throws EditConflictException when another admin changed the setting since it was shown: nothing is written
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public void chooseDiastasisThresholds(DiastasisThresholds shown, DiastasisThresholds chosen) {
        Actor admin = currentActor.require().requireRole(Role.ADMIN);
        if (!settings.changeDiastasisThresholds(admin.clinicId(), shown, chosen)) {
            throw new EditConflictException("The clinic's diastasis limits");
        }
        audit.record(
                admin, AuditAction.CLINIC_SETTINGS_CHANGED, admin.clinicId().value());
    }
}
