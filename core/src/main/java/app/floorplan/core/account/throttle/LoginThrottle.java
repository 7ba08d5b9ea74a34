package app.floorplan.core.account.throttle;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Use case for the login machinery only: refuses attempts while a user name or a source address is locked, and
 * counts failures against both. The person gets the same answer as for a wrong password (ASVS 6.3.1; no account
 * enumeration, ASVS 6.3.8).
 */
public class LoginThrottle {

    private final FailedLoginStore store;
    private final ThrottleRules accountRules;
    private final ThrottleRules addressRules;
    private final Clock clock;

    /**
     * @param addressRules usually looser than the account rules: a whole clinic may share one address
     */
    public LoginThrottle(FailedLoginStore store, ThrottleRules accountRules, ThrottleRules addressRules, Clock clock) {
        this.store = store;
        this.accountRules = accountRules;
        this.addressRules = addressRules;
        this.clock = clock;
    }

    @Transactional
    public boolean isLocked(List<ThrottleKey> keys) {
        var now = clock.instant();
        return keys.stream()
                .anyMatch(key -> store.find(key).filter(f -> f.lockedAt(now)).isPresent());
    }

    @Transactional
    public void failed(List<ThrottleKey> keys) {
        var now = clock.instant();
        for (ThrottleKey key : keys) {
            var rules = key.kind() == ThrottleKey.Kind.ACCOUNT ? accountRules : addressRules;
            store.save(
                    key,
                    store.find(key)
                            .map(f -> f.plusOneAt(now, rules))
                            .orElseGet(() -> FailedLogins.firstAt(now, rules)));
        }
    }

    /**
     * A correct password clears the user name's count; the address keeps its count, so one valid account cannot
     * be used to reset guessing at others from the same address.
     */
    @Transactional
    public void succeeded(ThrottleKey username) {
        store.clear(username);
    }
}
