package app.floorplan.core.login;

import app.floorplan.core.identity.AccountId;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored one-time login link: its hash (never the secret), whose account, what for, and until when it works.
 *
 * @param spent used or replaced by a newer link; either way it never works again
 */
public record LoginToken(
        TokenHash hash, AccountId account, TokenPurpose purpose, Instant issuedAt, Instant expiresAt, boolean spent) {

    public LoginToken {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a link expires after it is issued");
        }
    }

    /** Works until just before {@code expiresAt}: at that instant it has expired. */
    public boolean usableAt(Instant now) {
        return !spent && now.isBefore(expiresAt);
    }
}
