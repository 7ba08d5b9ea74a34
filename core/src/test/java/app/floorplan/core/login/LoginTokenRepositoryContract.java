package app.floorplan.core.login;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginTokenRepository} keeps, the in-memory fake core's tests run on and the PostgreSQL adapter
 * alike: a link works once, for its purpose, until its expiry instant; reset requests belong to a clinic.
 */
public abstract class LoginTokenRepositoryContract {

    protected static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    protected ClinicId clinic;
    protected AccountId account;

    protected abstract LoginTokenRepository repository();

    protected abstract ClinicId newClinic();

    /** A staff account of the clinic. */
    protected abstract AccountId newAccount(ClinicId clinic);

    @BeforeEach
    void aClinicWithAnAccount() {
        clinic = newClinic();
        account = newAccount(clinic);
    }

    @Test
    void a_link_round_trips_and_an_unknown_hash_finds_nothing() {
        String secret = "plain-secret-" + UUID.randomUUID();
        TokenHash hash = TokenHash.of(secret);
        LoginToken token = token(hash, TokenPurpose.RESET, NOW.plus(Duration.ofHours(1)));

        repository().add(token);

        assertThat(repository().find(hash)).contains(token);
        assertThat(repository().find(TokenHash.of(secret + "x"))).isEmpty();
    }

    @Test
    void a_link_is_refused_at_its_expiry_instant_and_for_another_purpose() {
        TokenHash hash = TokenHash.of("expiring-" + UUID.randomUUID());
        Instant expires = NOW.plus(Duration.ofHours(1));
        repository().add(token(hash, TokenPurpose.RESET, expires));

        assertThat(repository().consume(hash, TokenPurpose.ACTIVATION, NOW)).isEmpty();
        assertThat(repository().consume(hash, TokenPurpose.RESET, expires)).isEmpty();
        assertThat(repository().consume(hash, TokenPurpose.RESET, expires.minusMillis(1)))
                .contains(account);
    }

    @Test
    void a_link_works_once() {
        TokenHash hash = TokenHash.of("once-" + UUID.randomUUID());
        repository().add(token(hash, TokenPurpose.ACTIVATION, NOW.plus(Duration.ofHours(72))));

        assertThat(repository().consume(hash, TokenPurpose.ACTIVATION, NOW)).contains(account);
        assertThat(repository().consume(hash, TokenPurpose.ACTIVATION, NOW)).isEmpty();
        assertThat(repository().find(hash).orElseThrow().spent()).isTrue();
    }

    @Test
    void spending_all_links_of_an_account_invalidates_the_older_link_before_a_new_one() {
        TokenHash old = TokenHash.of("old-" + UUID.randomUUID());
        repository().add(token(old, TokenPurpose.ACTIVATION, NOW.plus(Duration.ofHours(72))));

        repository().spendAll(account);
        TokenHash fresh = TokenHash.of("new-" + UUID.randomUUID());
        repository().add(token(fresh, TokenPurpose.ACTIVATION, NOW.plus(Duration.ofHours(72))));

        assertThat(repository().consume(old, TokenPurpose.ACTIVATION, NOW)).isEmpty();
        assertThat(repository().newestUsable(account, NOW).map(LoginToken::hash))
                .contains(fresh);
        assertThat(repository().consume(fresh, TokenPurpose.ACTIVATION, NOW)).contains(account);
        assertThat(repository().newestUsable(account, NOW)).isEmpty();
    }

    @Test
    void a_reset_request_keeps_its_first_time_shows_only_in_its_clinic_and_clears() {
        ClinicId other = newClinic();
        AccountId elsewhere = newAccount(other);
        repository().recordResetRequest(account, NOW);
        repository().recordResetRequest(account, NOW.plusSeconds(60));
        repository().recordResetRequest(elsewhere, NOW);

        assertThat(repository().resetRequestedAt(account)).contains(NOW);
        assertThat(repository().resetRequestsIn(clinic)).containsExactly(account);
        assertThat(repository().resetRequestsIn(other)).containsExactly(elsewhere);
        assertThat(repository().resetRequestsIn(newClinic())).isEmpty();

        repository().clearResetRequest(account);
        assertThat(repository().resetRequestedAt(account)).isEmpty();
        assertThat(repository().resetRequestsIn(clinic)).isEmpty();
    }

    protected final LoginToken token(TokenHash hash, TokenPurpose purpose, Instant expires) {
        return new LoginToken(hash, account, purpose, NOW, expires, false);
    }
}
