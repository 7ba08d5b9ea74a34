package app.floorplan.core.account.throttle;

import java.util.Optional;

/** Port: where failed logins are counted, shared by every node of the application and kept across restarts. */
public interface FailedLoginStore {

    Optional<FailedLogins> find(ThrottleKey key);

    void save(ThrottleKey key, FailedLogins failures);

    void clear(ThrottleKey key);
}
