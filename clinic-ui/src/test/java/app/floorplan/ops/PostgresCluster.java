package app.floorplan.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server started from an installed PostgreSQL's own binaries, so its pg_dump and pg_restore
 * match the server (pg_dump refuses a server newer than itself, and the embedded test PostgreSQL ships no pg_dump).
 * The binaries: {@code FLOORPLAN_PG_BIN}, else the newest Debian installation under /usr/lib/postgresql. As root the
 * server runs in its own user namespace, since PostgreSQL refuses to run as root.
 */
final class PostgresCluster implements AutoCloseable {

    private static final List<String> TOOLS = List.of("initdb", "pg_ctl", "pg_dump", "pg_restore", "psql", "createdb");

    private final Path binaries;
    private final Path data;
    private final int port;

    PostgresCluster() {
        binaries = installedBinaries();
        try {
            data = Files.createTempDirectory("floorplan-backup-test");
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(
                tool("initdb"),
                "-D",
                data.resolve("db").toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8");
        run(
                tool("pg_ctl"),
                "-D",
                data.resolve("db").toString(),
                "-l",
                data.resolve("server.log").toString(),
                "-w",
                "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1",
                "start");
    }

    Path binaries() {
        return binaries;
    }

    private static Path installedBinaries() {
        String configured = System.getenv("FLOORPLAN_PG_BIN");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try (Stream<Path> installed = Files.list(Path.of("/usr/lib/postgresql"))) {
            Optional<Path> newest = installed
                    .map(version -> version.resolve("bin"))
                    .filter(bin -> TOOLS.stream().allMatch(tool -> Files.isExecutable(bin.resolve(tool))))
                    .max(Comparator.comparingInt(bin ->
                            Integer.parseInt(bin.getParent().getFileName().toString())));
            if (newest.isPresent()) {
                return newest.get();
            }
        } catch (IOException | NumberFormatException none) {
            // reported below
        }
        throw new IllegalStateException("No PostgreSQL server and client tools found: install Debian's postgresql"
                + " (apt-get install -y postgresql, as .ci/run does) or set FLOORPLAN_PG_BIN");
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void createDatabase(String name) {
        run(tool("createdb"), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", name);
    }

    private String tool(String name) {
        return binaries.resolve(name).toString();
    }

    private static void run(String... command) {
        List<String> line = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            line.addAll(List.of("unshare", "-U"));
        }
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        run(tool("pg_ctl"), "-D", data.resolve("db").toString(), "-m", "fast", "-w", "stop");
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        }
    }
}
