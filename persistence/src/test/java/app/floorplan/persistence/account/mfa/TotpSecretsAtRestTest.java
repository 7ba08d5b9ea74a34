package app.floorplan.persistence.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.account.mfa.OneTimeCodes;
import app.floorplan.core.account.mfa.TotpSecret;
import app.floorplan.core.identity.AccountId;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.TestPostgres;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** Authenticator secrets are sealed in the database; secrets from before encryption keep working and get sealed. */
class TotpSecretsAtRestTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final Fixtures fixtures = new Fixtures(jdbc);
    private final TotpKey key = TotpKey.generate(RANDOM);
    private final TotpSecretCipher cipher = new TotpSecretCipher(key, List.of());
    private final JdbcMfaStore mfa = new JdbcMfaStore(jdbc, cipher);
    private final Instant now = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void the_database_holds_the_secret_only_sealed() {
        AccountId pt = fixtures.pt(fixtures.clinic(), "Sealed Secret");
        TotpSecret secret = new OneTimeCodes().newSecret();

        mfa.enrol(pt, secret, List.of(), now);

        String stored = storedSecret(pt);
        assertThat(stored).startsWith("aesgcm1:" + key.id() + ":").doesNotContain(secret.base32());
        assertThat(mfa.find(pt).orElseThrow().secret()).isEqualTo(secret);
    }

    @Test
    void a_plain_secret_from_before_encryption_still_works_and_is_sealed_at_the_next_start() {
        AccountId pt = fixtures.pt(fixtures.clinic(), "Plain Secret");
        TotpSecret secret = new OneTimeCodes().newSecret();
        jdbc.sql("insert into mfa_enrolment (account_id, totp_secret, enrolled_at) values (?, ?, now())")
                .params(pt.value(), secret.base32())
                .update();

        assertThat(mfa.find(pt).orElseThrow().secret()).isEqualTo(secret);
        assertThat(new TotpSecretResealing(jdbc, cipher).reseal()).isPositive();

        assertThat(storedSecret(pt)).startsWith("aesgcm1:" + key.id() + ":");
        assertThat(mfa.find(pt).orElseThrow().secret()).isEqualTo(secret);
    }

    @Test
    void after_a_key_rotation_the_next_start_seals_old_secrets_with_the_new_key() {
        AccountId pt = fixtures.pt(fixtures.clinic(), "Rotated Secret");
        TotpSecret secret = new OneTimeCodes().newSecret();
        mfa.enrol(pt, secret, List.of(), now);
        TotpKey next = TotpKey.generate(RANDOM);
        TotpSecretCipher rotated = new TotpSecretCipher(next, List.of(key));

        new TotpSecretResealing(jdbc, rotated).reseal();

        assertThat(storedSecret(pt)).startsWith("aesgcm1:" + next.id() + ":");
        var withoutOldKey = new JdbcMfaStore(jdbc, new TotpSecretCipher(next, List.of()));
        assertThat(withoutOldKey.find(pt).orElseThrow().secret()).isEqualTo(secret);
    }

    @Test
    void a_database_enrolled_before_v45_keeps_its_secret_through_the_migration() {
        var server = TestPostgres.connection();
        String name =
                "totp_upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JdbcClient.create(TestPostgres.dataSource())
                .sql("create database " + name)
                .update();
        try {
            var old = new SimpleDriverDataSource(
                    new Driver(),
                    server.url().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"),
                    server.user(),
                    server.password());
            Flyway.configure()
                    .dataSource(old)
                    .locations("classpath:db/migration")
                    .target(lastVersionBefore45(old))
                    .load()
                    .migrate();
            JdbcClient before = JdbcClient.create(old);
            AccountId pt = new Fixtures(before).pt(new Fixtures(before).clinic(), "Enrolled Before");
            TotpSecret secret = new OneTimeCodes().newSecret();
            before.sql("insert into mfa_enrolment (account_id, totp_secret, enrolled_at) values (?, ?, now())")
                    .params(pt.value(), secret.base32())
                    .update();

            Flyway.configure()
                    .dataSource(old)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            new TotpSecretResealing(before, cipher).reseal();

            assertThat(new JdbcMfaStore(before, cipher).find(pt).orElseThrow().secret())
                    .isEqualTo(secret);
        } finally {
            JdbcClient.create(TestPostgres.dataSource())
                    .sql("drop database if exists " + name + " with (force)")
                    .update();
        }
    }

    /** The newest migration before V45, whichever that is as other migrations join. */
    private static MigrationVersion lastVersionBefore45(DataSource database) {
        return Arrays.stream(Flyway.configure()
                        .dataSource(database)
                        .locations("classpath:db/migration")
                        .load()
                        .info()
                        .all())
                .map(MigrationInfo::getVersion)
                .filter(version -> version.isAtLeast("1") && !version.isAtLeast("45"))
                .max(MigrationVersion::compareTo)
                .orElseThrow();
    }

    private String storedSecret(AccountId account) {
        return jdbc.sql("select totp_secret from mfa_enrolment where account_id = ?")
                .param(account.value())
                .query(String.class)
                .single();
    }
}
