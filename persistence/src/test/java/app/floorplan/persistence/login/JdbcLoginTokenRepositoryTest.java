package app.floorplan.persistence.login;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.login.LoginToken;
import app.floorplan.core.login.TokenHash;
import app.floorplan.core.login.TokenPurpose;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JdbcLoginTokenRepositoryTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final JdbcLoginTokenRepository tokens = new JdbcLoginTokenRepository(MigratedDatabase.jdbc());
    private final Fixtures fixtures = new Fixtures(MigratedDatabase.jdbc());
    private final ClinicId clinic = fixtures.clinic();
    private final AccountId account = fixtures.pt(clinic, "Pia");

    @Test
    void ten_concurrent_uses_of_one_link_spend_it_exactly_once() throws Exception {
        TokenHash hash = TokenHash.of("secret-" + UUID.randomUUID());
        tokens.add(token(hash, TokenPurpose.ACTIVATION, NOW.plus(Duration.ofHours(72))));
        int threads = 10;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<AccountId>>> uses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                Callable<Optional<AccountId>> use = () -> {
                    start.await();
                    return tokens.consume(hash, TokenPurpose.ACTIVATION, NOW);
                };
                uses.add(pool.submit(use));
            }
            start.countDown();
            List<Optional<AccountId>> results = new ArrayList<>();
            for (Future<Optional<AccountId>> use : uses) {
                results.add(use.get());
            }
            assertThat(results.stream().filter(Optional::isPresent)).containsExactly(Optional.of(account));
        }
        assertThat(tokens.find(hash).orElseThrow().spent()).isTrue();
    }

    @Test
    void the_database_holds_only_the_hash_and_a_link_round_trips() {
        String secret = "plain-secret-" + UUID.randomUUID();
        TokenHash hash = TokenHash.of(secret);
        LoginToken token = token(hash, TokenPurpose.RESET, NOW.plus(Duration.ofHours(1)));
        tokens.add(token);

        assertThat(tokens.find(hash)).contains(token);
        Integer rowsWithSecret = MigratedDatabase.jdbc()
                .sql("select count(*) from login_token where token_hash = ? or token_hash = ?")
                .params(secret, hash.hex())
                .query(Integer.class)
                .single();
        assertThat(rowsWithSecret).isEqualTo(1);
        assertThat(tokens.find(TokenHash.of(secret + "x"))).isEmpty();
    }

    @Test
    void a_link_is_refused_at_its_expiry_instant_and_for_another_purpose() {
        TokenHash hash = TokenHash.of("expiring-" + UUID.randomUUID());
        Instant expires = NOW.plus(Duration.ofHours(1));
        tokens.add(token(hash, TokenPurpose.RESET, expires));

        assertThat(tokens.consume(hash, TokenPurpose.ACTIVATION, NOW)).isEmpty();
        assertThat(tokens.consume(hash, TokenPurpose.RESET, expires)).isEmpty();
        assertThat(tokens.consume(hash, TokenPurpose.RESET, expires.minusMillis(1)))
                .contains(account);
    }

    @Test
    void spending_all_links_of_an_account_invalidates_the_older_link_before_a_new_one() {
        TokenHash old = TokenHash.of("old-" + UUID.randomUUID());
        tokens.add(token(old, TokenPurpose.ACTIVATION, NOW.plus(Duration.ofHours(72))));

        tokens.spendAll(account);
        TokenHash fresh = TokenHash.of("new-" + UUID.randomUUID());
        tokens.add(token(fresh, TokenPurpose.ACTIVATION, NOW.plus(Duration.ofHours(72))));

        assertThat(tokens.consume(old, TokenPurpose.ACTIVATION, NOW)).isEmpty();
        assertThat(tokens.newestUsable(account, NOW).map(LoginToken::hash)).contains(fresh);
        assertThat(tokens.consume(fresh, TokenPurpose.ACTIVATION, NOW)).contains(account);
        assertThat(tokens.newestUsable(account, NOW)).isEmpty();
    }

    @Test
    void a_reset_request_keeps_its_first_time_shows_in_the_clinic_and_clears() {
        tokens.recordResetRequest(account, NOW);
        tokens.recordResetRequest(account, NOW.plusSeconds(60));

        assertThat(tokens.resetRequestedAt(account)).contains(NOW);
        assertThat(tokens.resetRequestsIn(clinic)).containsExactly(account);
        assertThat(tokens.resetRequestsIn(fixtures.clinic())).isEmpty();

        tokens.clearResetRequest(account);
        assertThat(tokens.resetRequestedAt(account)).isEmpty();
    }

    private LoginToken token(TokenHash hash, TokenPurpose purpose, Instant expires) {
        return new LoginToken(hash, account, purpose, NOW, expires, false);
    }
}
