package app.floorplan.core.account.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link FailedLoginStore} keeps, the in-memory fake core's tests run on and the PostgreSQL adapter alike. */
public abstract class FailedLoginStoreContract {

    private final Instant now = Instant.parse("2026-11-22T08:00:00Z");

    protected abstract FailedLoginStore store();

    @Test
    void a_failure_count_and_its_lock_round_trip_and_are_cleared() {
        ThrottleKey key = ThrottleKey.forUsername("round-trip-" + UUID.randomUUID());
        var locked = new FailedLogins(5, now, Optional.of(now.plus(1, ChronoUnit.MINUTES)));

        store().save(key, new FailedLogins(1, now, Optional.empty()));
        store().save(key, locked);

        assertThat(store().find(key)).contains(locked);
        store().clear(key);
        assertThat(store().find(key)).isEmpty();
    }

    @Test
    void a_username_and_an_address_with_the_same_digest_are_counted_apart() {
        ThrottleKey username = ThrottleKey.forUsername("apart-" + UUID.randomUUID());
        ThrottleKey address = new ThrottleKey(ThrottleKey.Kind.ADDRESS, username.digest());
        var once = new FailedLogins(1, now, Optional.empty());

        store().save(username, once);

        assertThat(store().find(address)).isEmpty();
        store().clear(address);
        assertThat(store().find(username)).contains(once);
    }

    @Test
    void clearing_a_key_never_counted_changes_nothing() {
        ThrottleKey key = ThrottleKey.forUsername("never-" + UUID.randomUUID());

        store().clear(key);

        assertThat(store().find(key)).isEmpty();
    }
}
