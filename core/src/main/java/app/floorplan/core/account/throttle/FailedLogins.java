package app.floorplan.core.account.throttle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Failed logins counted against one {@link ThrottleKey} since the window started, and the lock they caused. */
public record FailedLogins(int count, Instant windowStartedAt, Optional<Instant> lockedUntil) {

    public FailedLogins {
        Objects.requireNonNull(windowStartedAt, "windowStartedAt");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        if (count < 1) {
            throw new IllegalArgumentException("at least one failure");
        }
    }

    boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }

    /** This failure added: a new window once the old one has passed (and no lock holds), else one more. */
    FailedLogins plusOneAt(Instant now, ThrottleRules rules) {
        boolean windowOver = !now.isBefore(windowStartedAt.plus(rules.window())) && !lockedAt(now);
        int failures = windowOver ? 1 : count + 1;
        Instant start = windowOver ? now : windowStartedAt;
        var lock = rules.lockAfter(failures);
        return new FailedLogins(failures, start, lock.isZero() ? Optional.empty() : Optional.of(now.plus(lock)));
    }

    static FailedLogins firstAt(Instant now, ThrottleRules rules) {
        var lock = rules.lockAfter(1);
        return new FailedLogins(1, now, lock.isZero() ? Optional.empty() : Optional.of(now.plus(lock)));
    }
}
