package app.floorplan.core.login;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.AccountSessions;
import app.floorplan.core.account.Username;
import app.floorplan.core.account.password.PasswordHasher;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.clinic.Clinic;
import app.floorplan.core.clinic.ClinicRepository;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * Use case: the PT gets a patient of her clinic into the portal. Creating a login makes a disabled account with no
 * usable password and an activation link; the patient chooses her password when she opens it. The PT can issue a new
 * link (older ones stop working) and disable or enable the login.
 */
public class PatientLogins {

    private final AccountRepository accounts;
    private final PatientRepository patients;
    private final ClinicRepository clinics;
    private final LoginTokenRepository tokens;
    private final LinkIssuer issuer;
    private final LinkDelivery delivery;
    private final PasswordHasher hasher;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccountSessions sessions;
    private final SecureRandom random = new SecureRandom();

    public PatientLogins(
            AccountRepository accounts,
            PatientRepository patients,
            ClinicRepository clinics,
            LoginTokenRepository tokens,
            LinkIssuer issuer,
            LinkDelivery delivery,
            PasswordHasher hasher,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock,
            AccountSessions sessions) {
        this.accounts = accounts;
        this.patients = patients;
        this.clinics = clinics;
        this.tokens = tokens;
        this.issuer = issuer;
        this.delivery = delivery;
        this.hasher = hasher;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
        this.sessions = sessions;
    }

    @RolesAllowed("PT")
    @Transactional
    public PatientLoginStatus status(PatientId id) {
        Actor pt = currentActor.require().requireRole(Role.PT);
        Patient patient = patients.inClinicOf(pt, id);
        Optional<PatientLogin> login = accounts.findByPatient(id).map(account -> {
            Optional<LoginToken> open = tokens.newestUsable(account.id(), clock.instant());
            return new PatientLogin(
                    account.username().value(),
                    account.enabled(),
                    open.map(LoginToken::purpose),
                    open.map(LoginToken::expiresAt),
                    tokens.resetRequestedAt(account.id()));
        });
        String proposed = login.isPresent()
                ? login.get().username()
                : UsernameProposal.propose(
                        patient.details().givenName(), patient.details().familyName(), accounts);
        String clinicName = clinics.findById(pt.clinicId()).map(Clinic::name).orElse("");
        return new PatientLoginStatus(
                patient.details().fullName(), clinicName, patient.details().email(), login, proposed);
    }

    /**
     * Creates the patient's login with the typed user name and answers its activation link.
     *
     * @throws InvalidInputException on {@code username} when it is malformed or taken, or when she has a login already
     */
    @RolesAllowed("PT")
    @Transactional
    public IssuedLink create(PatientId id, String typedUsername) {
        Actor pt = currentActor.require().requireRole(Role.PT);
        Patient patient = patients.inClinicOf(pt, id);
        if (accounts.findByPatient(id).isPresent()) {
            throw new InvalidInputException("username", "This patient already has a login");
        }
        Username username = Username.of(typedUsername);
        if (accounts.findByUsername(username).isPresent()) {
            throw new InvalidInputException("username", "This user name is taken. Try another one.");
        }
        Account account = new Account(
                AccountId.random(),
                pt.clinicId(),
                username,
                patient.details().fullName(),
                Role.PATIENT,
                hasher.hash(unguessable()),
                false,
                Optional.of(id),
                0);
        accounts.add(account);
        audit.record(pt, AuditAction.LOGIN_CREATED, id, account.id().value());
        IssuedLink link = issuer.issue(account, TokenPurpose.ACTIVATION);
        audit.record(pt, AuditAction.ACTIVATION_ISSUED, id, account.id().value());
        return link;
    }

    /**
     * A new link for the patient's login; every older link stops working. A login she has not activated (or that is
     * disabled) gets an activation link, which enables it when used; an enabled one gets a reset link.
     */
    @RolesAllowed("PT")
    @Transactional
    public IssuedLink newLink(PatientId id) {
        Actor pt = currentActor.require().requireRole(Role.PT);
        Account account = loginOf(pt, id);
        TokenPurpose purpose = account.enabled() ? TokenPurpose.RESET : TokenPurpose.ACTIVATION;
        IssuedLink link = issuer.issue(account, purpose);
        audit.record(
                pt,
                purpose == TokenPurpose.ACTIVATION ? AuditAction.ACTIVATION_ISSUED : AuditAction.RESET_LINK_ISSUED,
                id,
                account.id().value());
        return link;
    }

    /** Mails a link just issued to the patient's e-mail address; any outcome but SENT means: hand her the link. */
    @RolesAllowed("PT")
    @Transactional
    public MailOutcome mail(PatientId id, IssuedLink link) {
        Actor pt = currentActor.require().requireRole(Role.PT);
        Patient patient = patients.inClinicOf(pt, id);
        Account account = loginOf(pt, id);
        if (!account.username().value().equals(link.username())) {
            throw new AccessRefusedException("link of another login");
        }
        String email = patient.details()
                .email()
                .orElseThrow(() -> new InvalidInputException("", "This patient has no e-mail address"));
        String clinicName = clinics.findById(pt.clinicId()).orElseThrow().name();
        MailOutcome outcome = delivery.mail(
                email,
                new LoginLetter(clinicName, link.username(), link.purpose(), delivery.address(link), link.expiresAt()));
        if (outcome == MailOutcome.SENT) {
            audit.record(pt, AuditAction.LOGIN_LINK_MAILED, id, account.id().value());
        }
        return outcome;
    }

    /** Disabling stops the login, ends her open sessions and every open link; enabling lets her log in with her password again. */
    @RolesAllowed("PT")
    @Transactional
    public void setEnabled(PatientId id, boolean enabled) {
        Actor pt = currentActor.require().requireRole(Role.PT);
        Account account = loginOf(pt, id);
        accounts.setEnabled(account.id(), enabled);
        if (!enabled) {
            tokens.spendAll(account.id());
            sessions.endAll(account.id());
        }
        audit.record(
                pt,
                enabled ? AuditAction.LOGIN_ENABLED : AuditAction.LOGIN_DISABLED,
                id,
                account.id().value());
    }

    private Account loginOf(Actor pt, PatientId id) {
        patients.inClinicOf(pt, id);
        return accounts.findByPatient(id)
                .filter(a -> a.clinicId().equals(pt.clinicId()))
                .orElseThrow(() -> new InvalidInputException("", "This patient has no login yet"));
    }

    /** A password nobody knows, so a login waiting for activation cannot be used even if enabled by mistake. */
    private String unguessable() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
