package app.floorplan.core.account.throttle;

import java.time.Duration;
import java.util.Objects;

/**
 * When repeated failed logins lock a user name or a source address, and for how long (OWASP ASVS 5.0 6.3.1: limit
 * brute force against any account and from any address). Each failure at or past {@code maxFailures} inside the
 * window doubles the lock, up to {@code maxLock}.
 */
public record ThrottleRules(int maxFailures, Duration window, Duration firstLock, Duration maxLock) {

    public ThrottleRules {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(firstLock, "firstLock");
        Objects.requireNonNull(maxLock, "maxLock");
        if (maxFailures < 1 || window.isNegative() || window.isZero() || firstLock.isNegative()) {
            throw new IllegalArgumentException("throttle needs at least one failure, a window and a lock time");
        }
        if (maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("the longest lock cannot be shorter than the first");
        }
    }

    /** The lock after the given number of failures in the window; zero below the limit. */
    public Duration lockAfter(int failures) {
        if (failures < maxFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - maxFailures, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }
}
