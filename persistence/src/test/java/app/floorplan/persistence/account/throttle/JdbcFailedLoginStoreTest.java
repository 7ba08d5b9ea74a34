package app.floorplan.persistence.account.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.account.throttle.FailedLogins;
import app.floorplan.core.account.throttle.ThrottleKey;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Failure counts and locks survive in PostgreSQL. */
class JdbcFailedLoginStoreTest {

    private final JdbcFailedLoginStore failures = new JdbcFailedLoginStore(MigratedDatabase.jdbc());
    private final Instant now = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void a_failure_count_and_its_lock_round_trip_and_are_cleared() {
        ThrottleKey key = ThrottleKey.forUsername("round-trip-" + UUID.randomUUID());
        var locked = new FailedLogins(5, now, Optional.of(now.plus(1, ChronoUnit.MINUTES)));

        failures.save(key, new FailedLogins(1, now, Optional.empty()));
        failures.save(key, locked);

        assertThat(failures.find(key)).contains(locked);
        assertThat(failures.find(ThrottleKey.forAddress(key.digest()))).isEmpty();
        failures.clear(key);
        assertThat(failures.find(key)).isEmpty();
    }
}
