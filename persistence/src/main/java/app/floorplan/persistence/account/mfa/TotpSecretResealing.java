package app.floorplan.persistence.account.mfa;

import app.floorplan.core.identity.AccountId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seals every authenticator secret that is not sealed with the current key: plain secrets from before
 * encryption (V45) and secrets sealed with a key being rotated out. It runs at start-up ({@link TotpKeyConfiguration});
 * until then they are still read as they are, so a
 * login during start-up works. A secret whose key is not configured is left alone and counted in the log.
 */
class TotpSecretResealing {

    private static final Logger log = LoggerFactory.getLogger(TotpSecretResealing.class);

    private final JdbcClient jdbc;
    private final TotpSecretCipher cipher;

    TotpSecretResealing(JdbcClient jdbc, TotpSecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** Returns how many secrets it sealed. */
    int reseal() {
        record Stored(UUID account, String secret) {}
        var stored = jdbc.sql("select account_id, totp_secret from mfa_enrolment")
                .query((rs, n) -> new Stored(rs.getObject("account_id", UUID.class), rs.getString("totp_secret")))
                .list();
        int sealed = 0;
        int unreadable = 0;
        for (Stored row : stored) {
            if (cipher.isSealedWithCurrentKey(row.secret())) {
                continue;
            }
            AccountId account = new AccountId(row.account());
            try {
                String resealed = cipher.seal(account, cipher.open(account, row.secret()));
                // only if nobody re-enrolled meanwhile
                sealed += jdbc.sql("update mfa_enrolment set totp_secret = ? where account_id = ? and totp_secret = ?")
                        .params(resealed, row.account(), row.secret())
                        .update();
            } catch (IllegalStateException keyNotConfigured) {
                unreadable++;
            }
        }
        if (sealed > 0) {
            log.info("Sealed {} authenticator secrets with the current key", sealed);
        }
        if (unreadable > 0) {
            log.warn(
                    "{} authenticator secrets were sealed with a key that is not configured: those logins cannot pass"
                            + " the code step until the key is back (floorplan.security.totp-previous-keys) or they"
                            + " set up their app again",
                    unreadable);
        }
        return sealed;
    }
}
