package app.floorplan.core.login;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.PasswordHash;
import app.floorplan.core.account.password.NewPassword;
import app.floorplan.core.account.password.PasswordHasher;
import app.floorplan.core.account.password.PasswordPolicy;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.validation.Violations;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Use case for anonymous visitors holding a link: see whose login it opens, then set a password, which spends the link
 * at once. The secret is the only credential, so it is never logged and an unusable one reveals nothing about why.
 */
public class LinkRedemption {

    /** Longer than any secret we issue; anything longer is not worth hashing. */
    private static final int MAX_SECRET_LENGTH = 100;

    private final LoginTokenRepository tokens;
    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    public LinkRedemption(
            LoginTokenRepository tokens,
            AccountRepository accounts,
            PasswordPolicy policy,
            PasswordHasher hasher,
            AuditTrail audit,
            Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.policy = policy;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The user name the link opens, if the link works for this purpose now. */
    @Transactional
    public Optional<String> open(String secret, TokenPurpose purpose) {
        return usableAccount(secret, purpose).map(account -> account.username().value());
    }

    /**
     * Sets the password and spends the link; an activation link also enables the login.
     *
     * @return the user name, to log in with
     * @throws UnusableLinkException when the link is unknown, expired, used or replaced (also by a concurrent use)
     * @throws app.floorplan.core.validation.InvalidInputException on {@code password} or {@code repeat}; the link
     *     stays usable
     */
    @Transactional
    public String redeem(String secret, TokenPurpose purpose, NewPassword password) {
        Account account = usableAccount(secret, purpose).orElseThrow(UnusableLinkException::new);
        Violations violations = new Violations();
        password.check(policy, NewPassword.personalWordsOf(account), violations);
        violations.throwIfAny();
        PasswordHash hash = hasher.hash(password.password());
        if (tokens.consume(TokenHash.of(secret), purpose, clock.instant())
                .filter(account.id()::equals)
                .isEmpty()) {
            throw new UnusableLinkException();
        }
        accounts.updatePassword(account.id(), hash);
        if (purpose == TokenPurpose.ACTIVATION) {
            accounts.setEnabled(account.id(), true);
        }
        tokens.clearResetRequest(account.id());
        audit.record(
                account.asActor(),
                purpose == TokenPurpose.ACTIVATION ? AuditAction.ACCOUNT_ACTIVATED : AuditAction.PASSWORD_RESET);
        return account.username().value();
    }

    private Optional<Account> usableAccount(String secret, TokenPurpose purpose) {
        if (secret.isEmpty() || secret.length() > MAX_SECRET_LENGTH) {
            return Optional.empty();
        }
        return tokens.find(TokenHash.of(secret))
                .filter(token -> token.purpose() == purpose && token.usableAt(clock.instant()))
                .flatMap(token -> accounts.findById(token.account()))
                // a reset never reopens a login the clinic disabled
                .filter(account -> purpose == TokenPurpose.ACTIVATION || account.enabled());
    }
}
