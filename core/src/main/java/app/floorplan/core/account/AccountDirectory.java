package app.floorplan.core.account;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/** Use case: the clinic admin lists the accounts of their clinic and disables or enables them. */
public class AccountDirectory {

    private final AccountRepository accounts;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final AccountSessions sessions;

    public AccountDirectory(
            AccountRepository accounts, CurrentActor currentActor, AuditTrail audit, AccountSessions sessions) {
        this.accounts = accounts;
        this.currentActor = currentActor;
        this.audit = audit;
        this.sessions = sessions;
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

    /**
     * Disables a login of the admin's clinic and ends its open sessions at once. An admin cannot disable themselves
     * (the clinic would lose its last way in).
     */
    @RolesAllowed("ADMIN")
    @Transactional
    public void disable(AccountId id) {
        Actor admin = currentActor.require().requireRole(Role.ADMIN);
        if (admin.accountId().equals(id)) {
            throw new InvalidInputException("account", "You cannot disable your own login.");
        }
        Account account = ofMyClinic(admin, id);
        accounts.setEnabled(account.id(), false);
        sessions.endAll(account.id());
        audit.record(admin, AuditAction.ACCOUNT_DISABLED, account.id().value());
    }

    @RolesAllowed("ADMIN")
    @Transactional
    public void enable(AccountId id) {
        Actor admin = currentActor.require().requireRole(Role.ADMIN);
        Account account = ofMyClinic(admin, id);
        accounts.setEnabled(account.id(), true);
        audit.record(admin, AuditAction.ACCOUNT_ENABLED, account.id().value());
    }

    private Account ofMyClinic(Actor admin, AccountId id) {
        // another clinic's account reads exactly like a missing one
        return accounts.findById(id)
                .filter(account -> account.clinicId().equals(admin.clinicId()))
                .orElseThrow(() -> AccessRefusedException.noSuchRecord("no such account in the admin's clinic"));
    }
}
