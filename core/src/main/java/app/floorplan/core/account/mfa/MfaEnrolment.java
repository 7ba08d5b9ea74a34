package app.floorplan.core.account.mfa;

import app.floorplan.core.identity.AccountId;
import java.util.Objects;

/**
 * A confirmed authenticator app of one account.
 *
 * @param lastUsedStep the newest time step whose code was accepted; older and equal steps are refused (replay)
 */
public record MfaEnrolment(AccountId account, TotpSecret secret, long lastUsedStep) {

    public MfaEnrolment {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(secret, "secret");
    }
}
