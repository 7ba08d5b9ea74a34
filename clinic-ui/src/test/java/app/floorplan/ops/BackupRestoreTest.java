package app.floorplan.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.audit.ChainVerification;
import app.floorplan.persistence.audit.AuditChains;
import app.floorplan.persistence.testing.TestDatabaseInitializer;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The operator's backup and restore (ops/backup.sh, ops/restore.sh, docs/operations.md) on a real server: the demo
 * clinic with programs and three weeks of practice, plus audit events, is backed up while the application is
 * connected, restored into a fresh database, and every row of every table is found there; the audit chain verifies,
 * and the restored database goes on appending to it (its triggers and sequences came back too).
 */
@SpringBootTest
@ContextConfiguration(initializers = BackupRestoreTest.OwnServer.class)
@TestPropertySource(properties = {"floorplan.demo-data=true", "floorplan.demo-programs=true"})
@DirtiesContext
class BackupRestoreTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final String SOURCE = "floorplan";
    private static final String RESTORED = "floorplan_restored";
    private static final List<String> CLINICAL_TABLES = List.of(
            "clinic",
            "account",
            "patient",
            "intake_version",
            "assessment_version",
            "home_program_version",
            "home_program_item",
            "practice_day",
            "audit_event");

    private static PostgresCluster server;

    static class OwnServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            server = new PostgresCluster();
            server.createDatabase(SOURCE);
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "backup-test-database",
                            Map.of(
                                    "spring.datasource.url",
                                    server.jdbcUrl(SOURCE),
                                    "spring.datasource.username",
                                    "postgres",
                                    "spring.datasource.password",
                                    "",
                                    "floorplan.security.totp-key",
                                    TestDatabaseInitializer.TEST_TOTP_KEY)));
        }
    }

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @Test
    void a_backup_restored_into_a_fresh_database_holds_every_row_and_an_intact_audit_chain(@TempDir Path backups)
            throws Exception {
        for (int i = 0; i < 25; i++) {
            audit.recordAnonymous(AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE);
        }
        Map<String, String> before = contents(jdbc);
        CLINICAL_TABLES.forEach(table -> assertThat(before.get(table)).as(table).doesNotStartWith("0 rows"));

        assertThat(script("backup.sh", backups.toString()).exitCode()).isZero();
        Path archive = onlyArchiveIn(backups);
        assertThat(archive.resolveSibling(archive.getFileName() + ".sha256")).exists();

        Run restore = script("restore.sh", archive.toString(), RESTORED);
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Checksum matches");

        try (HikariDataSource restored = dataSource(RESTORED)) {
            JdbcClient copy = JdbcClient.create(restored);
            assertThat(contents(copy)).isEqualTo(before);

            ChainVerification chain = AuditChains.verify(restored);
            assertThat(chain.intact()).isTrue();
            assertThat(chain.eventsChecked()).isEqualTo(count(copy, "audit_event"));

            copy.sql("insert into audit_event (occurred_at, action, outcome) values (now(), 'LOGIN_FAILED', 'FAILURE')")
                    .update();
            assertThat(AuditChains.verify(restored).eventsChecked()).isEqualTo(chain.eventsChecked() + 1);
            assertThat(AuditChains.verify(restored).intact()).isTrue();
            assertThatThrownBy(() -> copy.sql("delete from audit_event").update())
                    .rootCause()
                    .hasMessageContaining("append-only");
        }

        Run again = script("restore.sh", archive.toString(), RESTORED);
        assertThat(again.exitCode()).isEqualTo(3);
        assertThat(again.output()).contains("exists already");
    }

    /** Every table's row count and a digest of all its rows in a fixed order. */
    private static Map<String, String> contents(JdbcClient db) {
        Map<String, String> contents = new TreeMap<>();
        for (String table : db.sql("""
                        select table_name from information_schema.tables
                        where table_schema = 'public' and table_type = 'BASE TABLE'""").query(String.class).list()) {
            contents.put(
                    table,
                    db.sql(
                                    "select count(*) || ' rows ' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '')"
                                            + " from public.\"" + table + "\" t")
                            .query(String.class)
                            .single());
        }
        return contents;
    }

    private static long count(JdbcClient db, String table) {
        return db.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static HikariDataSource dataSource(String database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(database));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }

    private static Path onlyArchiveIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> archives = files.filter(f -> f.getFileName().toString().endsWith(".dump"))
                    .toList();
            assertThat(archives).hasSize(1);
            return archives.getFirst();
        }
    }

    private record Run(int exitCode, String output) {}

    /** Runs one of the operator's scripts as an operator would, against the test's server. */
    private static Run script(String name, String... arguments) throws IOException, InterruptedException {
        List<String> command = Stream.concat(
                        Stream.of(
                                "bash", REPOSITORY.resolve("ops").resolve(name).toString()),
                        Stream.of(arguments))
                .toList();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("PG") || key.startsWith("CLINIC_DB"));
        env.put("PGHOST", "127.0.0.1");
        env.put("PGPORT", String.valueOf(server.port()));
        env.put("PGUSER", "postgres");
        env.put("PGDATABASE", SOURCE);
        env.put("PG_BIN", server.binaries().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as(name + " finished")
                .isTrue();
        return new Run(process.exitValue(), output);
    }
}
