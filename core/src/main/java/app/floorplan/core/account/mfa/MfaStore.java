package app.floorplan.core.account.mfa;

import app.floorplan.core.identity.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: authenticator secrets and hashed recovery codes. */
public interface MfaStore {

    Optional<MfaEnrolment> find(AccountId account);

    /** Stores a new enrolment, replacing any earlier one and its recovery codes. */
    void enrol(AccountId account, TotpSecret secret, List<String> recoveryCodeHashes, Instant at);

    /** Marks the time step used; false when it (or a later one) was already used: the code is a replay. */
    boolean useStep(AccountId account, long step);

    /** Marks an unused recovery code used; false when no such unused code exists. */
    boolean useRecoveryCode(AccountId account, String codeHash, Instant at);

    int unusedRecoveryCodes(AccountId account);

    void remove(AccountId account);
}
