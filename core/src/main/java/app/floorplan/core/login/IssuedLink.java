package app.floorplan.core.login;

import java.time.Instant;
import java.util.Objects;

/**
 * A link just issued, with its secret: the only moment the secret exists outside the person's hands. Shown, printed or
 * mailed once, never stored or logged ({@link #toString()} hides it).
 */
public record IssuedLink(String secret, TokenPurpose purpose, String username, Instant expiresAt) {

    public IssuedLink {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedLink[" + purpose + ", " + username + ", until " + expiresAt + "]";
    }
}
