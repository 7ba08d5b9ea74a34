package app.floorplan.core.login;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.Set;

/** Use case: the clinic admin sees which staff logins asked for a new password and issues them a reset link. */
public class StaffPasswordResets {

    private final AccountRepository accounts;
    private final LoginTokenRepository tokens;
    private final LinkIssuer issuer;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public StaffPasswordResets(
            AccountRepository accounts,
            LoginTokenRepository tokens,
            LinkIssuer issuer,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.issuer = issuer;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public Set<AccountId> requested() {
        Actor admin = currentActor.require().requireRole(Role.ADMIN);
        return tokens.resetRequestsIn(admin.clinicId());
    }

    /** A reset link for an enabled staff login of the admin's clinic; older links stop working. */
    @RolesAllowed("ADMIN")
    @Transactional
    public IssuedLink issue(AccountId id) {
        Actor admin = currentActor.require().requireRole(Role.ADMIN);
        Account account = accounts.findById(id)
                .filter(a -> a.clinicId().equals(admin.clinicId()) && a.role() != Role.PATIENT && a.enabled())
                .orElseThrow(() -> new AccessRefusedException("not an enabled staff login of the admin's clinic"));
        IssuedLink link = issuer.issue(account, TokenPurpose.RESET);
        audit.record(admin, AuditAction.RESET_LINK_ISSUED);
        return link;
    }
}
