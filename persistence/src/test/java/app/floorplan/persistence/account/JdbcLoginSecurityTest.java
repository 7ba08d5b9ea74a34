package app.floorplan.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.account.FailedLogins;
import app.floorplan.core.account.OneTimeCodes;
import app.floorplan.core.account.ThrottleKey;
import app.floorplan.core.account.TotpSecret;
import app.floorplan.core.identity.AccountId;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The login security state survives in PostgreSQL: failure counts, authenticator enrolments, account status. */
class JdbcLoginSecurityTest {

    private final JdbcFailedLoginStore failures = new JdbcFailedLoginStore(MigratedDatabase.jdbc());
    private final JdbcMfaStore mfa = new JdbcMfaStore(
            MigratedDatabase.jdbc(), new TotpSecretCipher(TotpKey.generate(new SecureRandom()), List.of()));
    private final JdbcAccountRepository accounts = new JdbcAccountRepository(MigratedDatabase.jdbc());
    private final Fixtures fixtures = new Fixtures(MigratedDatabase.jdbc());
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

    @Test
    void a_time_step_is_accepted_once_and_never_an_older_one() {
        AccountId pt = fixtures.pt(fixtures.clinic(), "Step Once");
        mfa.enrol(pt, secret(), List.of(), now);

        assertThat(mfa.useStep(pt, 100)).isTrue();
        assertThat(mfa.useStep(pt, 100)).as("replay").isFalse();
        assertThat(mfa.useStep(pt, 99)).as("older").isFalse();
        assertThat(mfa.useStep(pt, 101)).isTrue();
        assertThat(mfa.find(pt).orElseThrow().lastUsedStep()).isEqualTo(101);
    }

    @Test
    void recovery_codes_are_stored_hashed_and_work_once() {
        AccountId pt = fixtures.pt(fixtures.clinic(), "Recovery Once");
        String hash = OneTimeCodes.recoveryCodeHash("abcd-efgh-ijkl-mnop");
        mfa.enrol(pt, secret(), List.of(hash, OneTimeCodes.recoveryCodeHash("other-code")), now);

        assertThat(MigratedDatabase.jdbc()
                        .sql("select count(*) from mfa_recovery_code where code_hash like '%abcd%'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(mfa.useRecoveryCode(pt, hash, now)).isTrue();
        assertThat(mfa.useRecoveryCode(pt, hash, now)).isFalse();
        assertThat(mfa.unusedRecoveryCodes(pt)).isEqualTo(1);
    }

    @Test
    void re_enrolling_and_removing_drop_the_old_secret_with_its_codes() {
        AccountId pt = fixtures.pt(fixtures.clinic(), "Re Enrol");
        mfa.enrol(pt, secret(), List.of(OneTimeCodes.recoveryCodeHash("first")), now);
        TotpSecret second = secret();

        mfa.enrol(pt, second, List.of(OneTimeCodes.recoveryCodeHash("second")), now);

        assertThat(mfa.find(pt).orElseThrow().secret()).isEqualTo(second);
        assertThat(mfa.useRecoveryCode(pt, OneTimeCodes.recoveryCodeHash("first"), now))
                .isFalse();
        mfa.remove(pt);
        assertThat(mfa.find(pt)).isEmpty();
        assertThat(mfa.unusedRecoveryCodes(pt)).isZero();
    }

    @Test
    void the_clinic_setting_for_mandatory_staff_mfa_is_off_until_switched_on() {
        var clinic = fixtures.clinic();
        var settings = new JdbcClinicSecuritySettings(MigratedDatabase.jdbc());

        assertThat(settings.mfaRequiredForStaff(clinic)).isFalse();
        settings.requireMfaForStaff(clinic, true);
        assertThat(settings.mfaRequiredForStaff(clinic)).isTrue();
    }

    @Test
    void a_disabled_account_is_read_back_disabled_with_a_new_version() {
        AccountId pt = fixtures.pt(fixtures.clinic(), "Soon Disabled");

        accounts.setEnabled(pt, false);

        var account = accounts.findById(pt).orElseThrow();
        assertThat(account.enabled()).isFalse();
        assertThat(account.version()).isEqualTo(1);
    }

    private static TotpSecret secret() {
        return new OneTimeCodes().newSecret();
    }
}
