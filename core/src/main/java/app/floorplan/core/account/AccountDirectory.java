package app.floorplan.core.account;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/** Use case: the clinic admin lists the accounts of their clinic. */
public class AccountDirectory {

    private final AccountRepository accounts;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public AccountDirectory(AccountRepository accounts, CurrentActor currentActor, AuditTrail audit) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public List<AccountSummary> accountsOfMyClinic() {
        Actor admin = currentActor.require().requireRole(Role.ADMIN);
        audit.record(admin, AuditAction.ACCOUNT_LIST_VIEWED);
        return accounts.listByClinic(admin.clinicId()).stream()
                .map(AccountSummary::of)
                .sorted(Comparator.comparing(AccountSummary::role).thenComparing(AccountSummary::displayName))
                .toList();
    }
}
