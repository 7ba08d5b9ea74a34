package app.floorplan.persistence.account.mfa;

import app.floorplan.core.account.mfa.MfaEnrolment;
import app.floorplan.core.account.mfa.MfaStore;
import app.floorplan.core.account.mfa.TotpSecret;
import app.floorplan.core.identity.AccountId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Authenticator enrolments; the secret is stored sealed ({@link TotpSecretCipher}), recovery codes as hashes. */
@Repository
class JdbcMfaStore implements MfaStore {

    private final JdbcClient jdbc;
    private final TotpSecretCipher cipher;

    JdbcMfaStore(JdbcClient jdbc, TotpSecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public Optional<MfaEnrolment> find(AccountId account) {
        return jdbc.sql("select totp_secret, last_used_step from mfa_enrolment where account_id = ?")
                .param(account.value())
                .query((rs, n) -> new MfaEnrolment(
                        account, cipher.open(account, rs.getString("totp_secret")), rs.getLong("last_used_step")))
                .optional();
    }

    @Override
    public void enrol(AccountId account, TotpSecret secret, List<String> recoveryCodeHashes, Instant at) {
        remove(account);
        jdbc.sql("insert into mfa_enrolment (account_id, totp_secret, enrolled_at) values (?, ?, ?)")
                .params(account.value(), cipher.seal(account, secret), Timestamp.from(at))
                .update();
        for (String hash : recoveryCodeHashes) {
            jdbc.sql("insert into mfa_recovery_code (account_id, code_hash) values (?, ?)")
                    .params(account.value(), hash)
                    .update();
        }
    }

    /** One statement, so two requests racing with the same code cannot both win. */
    @Override
    public boolean useStep(AccountId account, long step) {
        return jdbc.sql("update mfa_enrolment set last_used_step = ? where account_id = ? and last_used_step < ?")
                        .params(step, account.value(), step)
                        .update()
                == 1;
    }

    @Override
    public boolean useRecoveryCode(AccountId account, String codeHash, Instant at) {
        return jdbc.sql("""
                                update mfa_recovery_code set used_at = ?
                                where account_id = ? and code_hash = ? and used_at is null""")
                        .params(Timestamp.from(at), account.value(), codeHash)
                        .update()
                == 1;
    }

    @Override
    public int unusedRecoveryCodes(AccountId account) {
        return jdbc.sql("select count(*) from mfa_recovery_code where account_id = ? and used_at is null")
                .param(account.value())
                .query(Integer.class)
                .single();
    }

    @Override
    public void remove(AccountId account) {
        jdbc.sql("delete from mfa_enrolment where account_id = ?")
                .param(account.value())
                .update();
    }
}
