package app.floorplan.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A PostgreSQL 17 of one test's own (embedded, real binaries) that the test can stop and start again on the same port
 * and data, as an operator's restart or a crashed server would. The JVM's shared test database is never stopped: other
 * test classes use it at the same time.
 */
final class StoppablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private int port;
    private EmbeddedPostgres running;

    StoppablePostgres() {
        try {
            dataDirectory = Files.createTempDirectory("floorplan-outage-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
        port = running.getPort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), "postgres", "");
    }

    /** Stops the server the way {@code pg_ctl stop -m fast} does: open sessions end, their transactions roll back. */
    void stop() {
        try {
            running.close();
            running = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server on its port with the data it had. */
    void start() {
        try {
            EmbeddedPostgres.Builder builder =
                    EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            running = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (running != null) {
            stop();
        }
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        }
    }
}
