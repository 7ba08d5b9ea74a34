package app.floorplan.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.audit.AuditChainCheck;
import app.floorplan.core.audit.ChainVerification;
import app.floorplan.persistence.testing.TestPostgres;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A database that had audit rows before V10 gets them hashed into the chain, in the order they were written. */
class AuditChainMigrationTest {

    @Test
    void audit_rows_written_before_the_chain_existed_join_it_in_insertion_order_and_verify() {
        var server = TestPostgres.connection();
        String name =
                "audit_upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
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
                    .target(MigrationVersion.fromVersion("6"))
                    .load()
                    .migrate();
            JdbcClient jdbc = JdbcClient.create(old);
            for (String action : List.of("LOGIN_SUCCEEDED", "PATIENT_VIEWED", "LOGOUT")) {
                jdbc.sql("insert into audit_event (occurred_at, action, outcome) values (now(), ?, 'SUCCESS')")
                        .param(action)
                        .update();
            }

            Flyway.configure()
                    .dataSource(old)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            assertThat(jdbc.sql("select action from audit_event order by seq")
                            .query(String.class)
                            .list())
                    .containsExactly("LOGIN_SUCCEEDED", "PATIENT_VIEWED", "LOGOUT");
            ChainVerification result = new AuditChainCheck(new JdbcAuditHistory(jdbc)).verify();
            assertThat(result.describe()).isEqualTo("Intact: 3 events");
        } finally {
            JdbcClient.create(TestPostgres.dataSource())
                    .sql("drop database if exists " + name + " with (force)")
                    .update();
        }
    }
}
