package app.floorplan.persistence.login;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.login.LoginToken;
import app.floorplan.core.login.LoginTokenRepository;
import app.floorplan.core.login.LoginTokenRepositoryContract;
import app.floorplan.core.login.TokenHash;
import app.floorplan.core.login.TokenPurpose;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.Duration;
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

class JdbcLoginTokenRepositoryTest extends LoginTokenRepositoryContract {

    private final JdbcLoginTokenRepository tokens = new JdbcLoginTokenRepository(MigratedDatabase.jdbc());
    private final Fixtures fixtures = new Fixtures(MigratedDatabase.jdbc());

    @Override
    protected LoginTokenRepository repository() {
        return tokens;
    }

    @Override
    protected ClinicId newClinic() {
        return fixtures.clinic();
    }

    @Override
    protected AccountId newAccount(ClinicId clinic) {
        return fixtures.pt(clinic, "Pia");
    }

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
    void the_database_holds_only_the_hash() {
        String secret = "plain-secret-" + UUID.randomUUID();
        TokenHash hash = TokenHash.of(secret);
        LoginToken token = token(hash, TokenPurpose.RESET, NOW.plus(Duration.ofHours(1)));
        tokens.add(token);

        Integer rowsWithSecret = MigratedDatabase.jdbc()
                .sql("select count(*) from login_token where token_hash = ? or token_hash = ?")
                .params(secret, hash.hex())
                .query(Integer.class)
                .single();
        assertThat(rowsWithSecret).isEqualTo(1);
    }
}
