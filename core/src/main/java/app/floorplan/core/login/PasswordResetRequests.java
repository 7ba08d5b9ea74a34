package app.floorplan.core.login;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.Username;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.clinic.ClinicRepository;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Use case for anonymous visitors: "I forgot my password". It answers nothing, so the page says the same whether or not
 * an account exists (ASVS 5.0 V6.4, OWASP Forgot Password Cheat Sheet). A patient login with an e-mail address gets a
 * reset link by mail when the clinic set up mail; otherwise the request waits on the patient page (or, for staff, the
 * admin's account list) until someone there issues a link.
 */
public class PasswordResetRequests {

    private final AccountRepository accounts;
    private final PatientRepository patients;
    private final ClinicRepository clinics;
    private final LoginTokenRepository tokens;
    private final LinkIssuer issuer;
    private final LinkDelivery delivery;
    private final AuditTrail audit;
    private final Clock clock;

    public PasswordResetRequests(
            AccountRepository accounts,
            PatientRepository patients,
            ClinicRepository clinics,
            LoginTokenRepository tokens,
            LinkIssuer issuer,
            LinkDelivery delivery,
            AuditTrail audit,
            Clock clock) {
        this.accounts = accounts;
        this.patients = patients;
        this.clinics = clinics;
        this.tokens = tokens;
        this.issuer = issuer;
        this.delivery = delivery;
        this.audit = audit;
        this.clock = clock;
    }

    /** Takes the request for a user name or a patient's e-mail address. */
    @Transactional
    public void request(String usernameOrEmail) {
        List<Account> matches = byUsername(usernameOrEmail)
                .map(List::of)
                .orElseGet(() -> usernameOrEmail.contains("@")
                        ? accounts.findPatientLoginsByEmail(usernameOrEmail.strip())
                        : List.of());
        List<Account> enabled = matches.stream().filter(Account::enabled).toList();
        if (enabled.isEmpty()) {
            audit.recordAnonymous(AuditAction.PASSWORD_RESET_REQUESTED, AuditOutcome.FAILURE);
            return;
        }
        enabled.forEach(this::answer);
    }

    private void answer(Account account) {
        Optional<String> email = account.patientId().flatMap(patients::findById).flatMap(patient -> patient.details()
                .email());
        if (email.isPresent() && delivery.mailsUnattended()) {
            IssuedLink link = issuer.issue(account, TokenPurpose.RESET);
            String clinicName =
                    clinics.findById(account.clinicId()).orElseThrow().name();
            MailOutcome outcome = delivery.mail(
                    email.get(),
                    new LoginLetter(
                            clinicName, link.username(), link.purpose(), delivery.address(link), link.expiresAt()));
            if (outcome == MailOutcome.SENT) {
                audit.record(account.asActor(), AuditAction.PASSWORD_RESET_REQUESTED);
                return;
            }
            // a link nobody received must not linger
            tokens.spendAll(account.id());
        }
        tokens.recordResetRequest(account.id(), clock.instant());
        audit.record(account.asActor(), AuditAction.PASSWORD_RESET_REQUESTED);
    }

    private Optional<Account> byUsername(String typed) {
        try {
            return accounts.findByUsername(Username.of(typed));
        } catch (InvalidInputException notAUsername) {
            return Optional.empty();
        }
    }
}
