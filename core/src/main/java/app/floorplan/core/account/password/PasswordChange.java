package app.floorplan.core.account.password;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.validation.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

/** Use case: any logged-in person changes their own password; the current one proves it is really them (ASVS 6.2.3). */
public class PasswordChange {

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordVerifier verifier;
    private final PasswordHasher hasher;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public PasswordChange(
            AccountRepository accounts,
            PasswordPolicy policy,
            PasswordVerifier verifier,
            PasswordHasher hasher,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.verifier = verifier;
        this.hasher = hasher;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /**
     * Sets a new password for the logged-in account.
     *
     * @throws app.floorplan.core.validation.InvalidInputException on {@code currentPassword}, {@code password} or
     *     {@code repeat}
     */
    @RolesAllowed({"ADMIN", "PT", "PATIENT"})
    @Transactional
    public void change(String currentPassword, NewPassword next) {
        Actor actor = currentActor.require();
        Account account = accounts.findById(actor.accountId())
                .filter(Account::enabled)
                .orElseThrow(() -> new AccessRefusedException("account gone or disabled"));
        Violations violations = new Violations();
        if (!verifier.matches(currentPassword, account.passwordHash())) {
            violations.add("currentPassword", "This is not your current password");
        } else {
            next.check(policy, NewPassword.personalWordsOf(account), violations);
            violations.check(
                    !next.password().equals(currentPassword) || !violations.isEmpty(),
                    "password",
                    "Choose a password different from your current one");
        }
        if (!violations.isEmpty()) {
            audit.recordOutcome(actor, AuditAction.PASSWORD_CHANGED, AuditOutcome.FAILURE);
            violations.throwIfAny();
        }
        accounts.updatePassword(account.id(), hasher.hash(next.password()));
        audit.record(actor, AuditAction.PASSWORD_CHANGED);
    }
}
