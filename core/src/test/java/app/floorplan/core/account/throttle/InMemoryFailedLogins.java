package app.floorplan.core.account.throttle;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

final class InMemoryFailedLogins implements FailedLoginStore {

    private final Map<ThrottleKey, FailedLogins> byKey = new HashMap<>();

    @Override
    public Optional<FailedLogins> find(ThrottleKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public void save(ThrottleKey key, FailedLogins failures) {
        byKey.put(key, failures);
    }

    @Override
    public void clear(ThrottleKey key) {
        byKey.remove(key);
    }
}
