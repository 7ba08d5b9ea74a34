package app.floorplan.persistence.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.account.mfa.OneTimeCodes;
import app.floorplan.core.account.mfa.TotpSecret;
import app.floorplan.core.identity.AccountId;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Authenticator enrolments, used codes and the clinic's MFA setting survive in PostgreSQL. */
class JdbcMfaStoreTest {

    private final JdbcMfaStore mfa = new JdbcMfaStore(
            MigratedDatabase.jdbc(), new TotpSecretCipher(TotpKey.generate(new SecureRandom()), List.of()));
    private final Fixtures fixtures = new Fixtures(MigratedDatabase.jdbc());
    private final Instant now = Instant.parse("2026-11-22T08:00:00Z");

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

    private static TotpSecret secret() {
        return new OneTimeCodes().newSecret();
    }
}
