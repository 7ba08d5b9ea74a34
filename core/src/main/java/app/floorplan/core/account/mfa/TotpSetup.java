package app.floorplan.core.account.mfa;

import java.util.Objects;

/**
 * A new, not yet confirmed authenticator secret with what the app needs to show it.
 *
 * @param label the account's user name, shown in the authenticator app
 */
public record TotpSetup(TotpSecret secret, String issuer, String label) {
    public TotpSetup {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(label, "label");
    }
}
