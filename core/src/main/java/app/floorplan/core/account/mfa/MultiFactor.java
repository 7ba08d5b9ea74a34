package app.floorplan.core.account.mfa;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Use case: TOTP multi-factor sign-in for ADMIN and PT accounts (OWASP ASVS 5.0 6.5, RFC 6238). Its methods are
 * open to any logged-in person ({@code @PermitAll}) because they run in the half-finished login too (password
 * given, code or enrolment outstanding); each checks the role itself, and the code step only ever concerns the
 * person's own account.
 */
public class MultiFactor {

    private static final String ISSUER = "FloorPlan";

    private final MfaStore store;
    private final AccountRepository accounts;
    private final ClinicSecuritySettings settings;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final OneTimeCodes codes;
    private final Clock clock;

    public MultiFactor(
            MfaStore store,
            AccountRepository accounts,
            ClinicSecuritySettings settings,
            CurrentActor currentActor,
            AuditTrail audit,
            OneTimeCodes codes,
            Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.settings = settings;
        this.currentActor = currentActor;
        this.audit = audit;
        this.codes = codes;
        this.clock = clock;
    }

    @PermitAll
    @Transactional
    public boolean isEnrolled() {
        return store.find(staff().accountId()).isPresent();
    }

    @PermitAll
    @Transactional
    public int unusedRecoveryCodes() {
        return store.unusedRecoveryCodes(staff().accountId());
    }

    /** A fresh secret for the authenticator app; nothing is stored until a code from the app confirms it. */
    @PermitAll
    @Transactional
    public TotpSetup beginEnrolment() {
        Actor actor = staff();
        String label = accounts.findById(actor.accountId())
                .map(a -> a.username().value())
                .orElseThrow(() -> new AccessRefusedException("account gone"));
        return new TotpSetup(codes.newSecret(), ISSUER, label);
    }

    /**
     * Stores the secret once the app shows a matching code and returns the ten recovery codes, in plain text this
     * one time only (only their hashes are kept). Replaces an earlier enrolment.
     */
    @PermitAll
    @Transactional
    public List<String> confirmEnrolment(TotpSecret secret, String typedCode) {
        Actor actor = staff();
        var step = codes.matchingStep(secret, typedCode, clock.instant());
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "This code does not match. Type the 6 digits your app shows now.");
        }
        List<String> recovery = codes.newRecoveryCodes();
        store.enrol(
                actor.accountId(),
                secret,
                recovery.stream().map(OneTimeCodes::recoveryCodeHash).toList(),
                clock.instant());
        store.useStep(actor.accountId(), step.getAsLong());
        audit.record(actor, AuditAction.MFA_ENROLLED);
        return recovery;
    }

    @PermitAll
    @Transactional
    public void disable() {
        Actor actor = staff();
        store.remove(actor.accountId());
        audit.record(actor, AuditAction.MFA_DISABLED);
    }

    /**
     * The code step of the login: a current authenticator code (each time step once only, so an observed code
     * cannot be replayed) or an unused recovery code.
     */
    @PermitAll
    @Transactional
    public boolean verifyLoginCode(String typed) {
        Actor actor = currentActor.require();
        var enrolment = store.find(actor.accountId());
        if (enrolment.isEmpty()) {
            return false;
        }
        var step = codes.matchingStep(enrolment.get().secret(), typed, clock.instant());
        boolean accepted;
        if (step.isPresent()) {
            accepted = store.useStep(actor.accountId(), step.getAsLong());
            audit.recordOutcome(
                    actor, AuditAction.MFA_CODE_CHECKED, accepted ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
        } else {
            accepted = !typed.isBlank()
                    && store.useRecoveryCode(actor.accountId(), OneTimeCodes.recoveryCodeHash(typed), clock.instant());
            audit.recordOutcome(
                    actor,
                    accepted ? AuditAction.MFA_RECOVERY_CODE_USED : AuditAction.MFA_CODE_CHECKED,
                    accepted ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE);
        }
        return accepted;
    }

    private Actor staff() {
        return currentActor.require().requireRole(Role.ADMIN, Role.PT);
    }
}
