package app.floorplan.core.account.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.testing.SteppingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-22T08:00:00Z"));
    private final ThrottleRules accountRules =
            new ThrottleRules(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15));
    private final ThrottleRules addressRules =
            new ThrottleRules(20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15));
    private final LoginThrottle throttle =
            new LoginThrottle(new InMemoryFailedLogins(), accountRules, addressRules, clock);

    private final ThrottleKey anna = ThrottleKey.forUsername("anna");
    private final ThrottleKey office = ThrottleKey.forAddress("203.0.113.7");

    @Test
    void four_wrong_passwords_do_not_lock_the_fifth_does() {
        failTimes(4, anna);
        assertThat(throttle.isLocked(List.of(anna))).isFalse();

        failTimes(1, anna);

        assertThat(throttle.isLocked(List.of(anna))).isTrue();
    }

    @Test
    void the_lock_passes_after_a_minute_and_doubles_with_each_further_failure() {
        failTimes(5, anna);
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.isLocked(List.of(anna))).isFalse();

        failTimes(1, anna);
        clock.advance(Duration.ofSeconds(61));
        assertThat(throttle.isLocked(List.of(anna)))
                .as("second lock is two minutes")
                .isTrue();
        clock.advance(Duration.ofSeconds(60));
        assertThat(throttle.isLocked(List.of(anna))).isFalse();
    }

    @Test
    void the_lock_never_grows_beyond_the_longest_lock() {
        assertThat(accountRules.lockAfter(50)).isEqualTo(Duration.ofMinutes(15));
        assertThat(accountRules.lockAfter(4)).isZero();
    }

    @Test
    void failures_spread_over_more_than_the_window_start_counting_again() {
        failTimes(4, anna);
        clock.advance(Duration.ofMinutes(16));

        failTimes(1, anna);

        assertThat(throttle.isLocked(List.of(anna))).isFalse();
    }

    @Test
    void a_correct_password_clears_the_user_name_but_not_the_address() {
        for (int i = 0; i < 19; i++) {
            throttle.failed(List.of(anna, office));
            if (i % 4 == 3) {
                throttle.succeeded(anna);
            }
        }
        assertThat(throttle.isLocked(List.of(anna))).isFalse();

        throttle.failed(List.of(ThrottleKey.forUsername("bea"), office));

        assertThat(throttle.isLocked(List.of(ThrottleKey.forUsername("someone-else"), office)))
                .as("twenty failures from one address lock the address for every user name")
                .isTrue();
    }

    @Test
    void an_unknown_user_name_is_counted_and_locked_like_a_real_one() {
        ThrottleKey ghost = ThrottleKey.forUsername("no-such-person");
        failTimes(5, ghost);

        assertThat(throttle.isLocked(List.of(ghost))).isTrue();
        assertThat(ThrottleKey.forUsername(" No-Such-Person ")).isEqualTo(ghost);
    }

    @Test
    void the_key_keeps_only_a_digest_of_what_was_typed() {
        assertThat(ThrottleKey.forUsername("Secret-Password-Typed-As-Name").digest())
                .doesNotContainIgnoringCase("secret")
                .hasSize(64);
    }

    @Test
    void rules_without_a_limit_are_refused() {
        assertThatThrownBy(() -> new ThrottleRules(0, Duration.ofMinutes(1), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void failTimes(int times, ThrottleKey key) {
        for (int i = 0; i < times; i++) {
            throttle.failed(List.of(key));
        }
    }
}
