package app.floorplan.core.login;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Port: one-time login links (hashes only) and open password-reset requests. */
public interface LoginTokenRepository {

    void add(LoginToken token);

    Optional<LoginToken> find(TokenHash hash);

    /**
     * Spends the link if it is usable at {@code now} and has this purpose, atomically: of any number of concurrent
     * calls with the same hash, at most one answers an account.
     */
    Optional<AccountId> consume(TokenHash hash, TokenPurpose purpose, Instant now);

    /** Spends every unused link of the account (a new link replaces them, a disabled login has none). */
    void spendAll(AccountId account);

    /** The account's newest link that still works at {@code now}. */
    Optional<LoginToken> newestUsable(AccountId account, Instant now);

    /** Records that the person asked for a new password and no link could reach them; a repeat keeps the first time. */
    void recordResetRequest(AccountId account, Instant at);

    void clearResetRequest(AccountId account);

    Optional<Instant> resetRequestedAt(AccountId account);

    /** Accounts of the clinic with an open reset request. */
    Set<AccountId> resetRequestsIn(ClinicId clinic);
}
