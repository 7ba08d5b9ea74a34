package app.floorplan.core.account.mfa;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

/** Use case: the clinic admin decides whether every staff login needs an authenticator app. */
public class MfaPolicy {

    private final ClinicSecuritySettings settings;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public MfaPolicy(ClinicSecuritySettings settings, CurrentActor currentActor, AuditTrail audit) {
        this.settings = settings;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public boolean requiredForStaff() {
        Actor admin = currentActor.require().requireRole(Role.ADMIN);
        return settings.mfaRequiredForStaff(admin.clinicId());
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void requireForStaff(boolean required) {
        Actor admin = currentActor.require().requireRole(Role.ADMIN);
        settings.requireMfaForStaff(admin.clinicId(), required);
        audit.record(admin, AuditAction.MFA_POLICY_CHANGED);
    }
}
