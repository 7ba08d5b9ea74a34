package app.floorplan.persistence.testing;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One real PostgreSQL per test JVM, never a stand-in. Resolution order:
 *
 * <ol>
 *   <li>{@code FLOORPLAN_TEST_DB_URL} (+ {@code _USER}, {@code _PASSWORD}): a throwaway database is created on that
 *       server and dropped when the JVM exits;
 *   <li>Testcontainers ({@code postgres:17}) when a Docker engine answers;
 *   <li>otherwise an embedded PostgreSQL 17 (zonky, real binaries from Maven Central) in a temporary directory.
 * </ol>
 *
 * Tests never skip themselves: if none of these works, they fail.
 */
public final class TestPostgres {

    /** Where the test database is and how to log in. */
    public record Connection(String url, String user, String password, String source) {}

    private static Connection connection;
    private static HikariDataSource dataSource;

    private TestPostgres() {}

    public static synchronized Connection connection() {
        if (connection == null) {
            connection = resolve();
        }
        return connection;
    }

    /** A pooled data source on the test database, shared by the JVM. */
    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            Connection c = connection();
            dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(c.url());
            dataSource.setUsername(c.user());
            dataSource.setPassword(c.password());
            dataSource.setMaximumPoolSize(25);
            dataSource.setPoolName("floorplan-test");
            // as the application does (application.yml): plan every search with its real parameters
            dataSource.addDataSourceProperty("prepareThreshold", "0");
        }
        return dataSource;
    }

    private static Connection resolve() {
        String external = System.getenv("FLOORPLAN_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return throwawayDatabaseOn(
                    external, env("FLOORPLAN_TEST_DB_USER", "postgres"), env("FLOORPLAN_TEST_DB_PASSWORD", ""));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return new Connection(
                    container.getJdbcUrl(), container.getUsername(), container.getPassword(), "Testcontainers");
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static Connection throwawayDatabaseOn(String serverUrl, String user, String password) {
        String name = "floorplan_test_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(serverUrl, user, password, "create database " + name);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> execute(serverUrl, user, password, "drop database if exists " + name + " with (force)")));
        String url = serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return new Connection(url, user, password, "external server");
    }

    private static void execute(String url, String user, String password, String sql) {
        try (java.sql.Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "test database on " + url.toLowerCase(Locale.ROOT) + " failed: " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
