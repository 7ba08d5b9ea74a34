package app.floorplan.core.login;

import app.floorplan.core.account.Account;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

/**
 * Makes one-time links: 256 random bits from {@link SecureRandom} (ASVS 5.0 V7.2.3 asks for at least 128), stored as
 * a SHA-256 hash. A new link spends the account's older ones and answers any open reset request.
 */
public final class LinkIssuer {

    private static final int SECRET_BYTES = 32;

    private final LoginTokenRepository tokens;
    private final LinkLifetimes lifetimes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public LinkIssuer(LoginTokenRepository tokens, LinkLifetimes lifetimes, Clock clock) {
        this.tokens = tokens;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    IssuedLink issue(Account account, TokenPurpose purpose) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(lifetimes.of(purpose));
        tokens.spendAll(account.id());
        tokens.add(new LoginToken(TokenHash.of(secret), account.id(), purpose, now, expires, false));
        tokens.clearResetRequest(account.id());
        return new IssuedLink(secret, purpose, account.username().value(), expires);
    }
}
