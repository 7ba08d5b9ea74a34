package app.floorplan.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The load test's settings, from system properties (benchmarks/load-test.sh passes them). */
record LoadTestSettings(
        String baseUrl,
        Users users,
        int pts,
        int patients,
        Duration ramp,
        Duration hold,
        Duration thinkMin,
        Duration thinkMax,
        String results) {

    static LoadTestSettings fromSystemProperties() {
        return new LoadTestSettings(
                System.getProperty("baseUrl", "http://localhost:8080"),
                Users.read(Path.of(System.getProperty("users", "target/load-test-users.csv"))),
                Integer.getInteger("pts", 300),
                Integer.getInteger("patients", 700),
                Duration.ofSeconds(Integer.getInteger("rampSeconds", 600)),
                Duration.ofSeconds(Integer.getInteger("holdSeconds", 300)),
                Duration.ofSeconds(Integer.getInteger("thinkMinSeconds", 5)),
                Duration.ofSeconds(Integer.getInteger("thinkMaxSeconds", 15)),
                System.getProperty("results", "target/load-test-results.txt"));
    }

    /**
     * The seeded logins, one line each: role, user name, password, and for a PT the given and family name of her
     * patient ({@code load-test/seed/load-test-clinic.sql} writes it).
     */
    record Users(List<Map<String, Object>> pts, List<Map<String, Object>> patients) {

        static Users read(Path csv) {
            try {
                List<String[]> rows = Files.readAllLines(csv).stream()
                        .filter(line -> !line.isBlank())
                        .map(line -> line.split(",", -1))
                        .toList();
                return new Users(
                        rows.stream()
                                .filter(row -> row[0].equals("PT"))
                                .map(row -> Map.<String, Object>of(
                                        "username", row[1], "password", row[2], "given", row[3], "family", row[4]))
                                .toList(),
                        rows.stream()
                                .filter(row -> row[0].equals("PATIENT"))
                                .map(row -> Map.<String, Object>of("username", row[1], "password", row[2]))
                                .toList());
            } catch (IOException e) {
                throw new UncheckedIOException("the seeded users (run benchmarks/load-test.sh)", e);
            }
        }

        Iterator<Map<String, Object>> pts(int count) {
            return take(pts, count, "PT");
        }

        Iterator<Map<String, Object>> patients(int count) {
            return take(patients, count, "patient");
        }

        private static Iterator<Map<String, Object>> take(List<Map<String, Object>> logins, int count, String role) {
            if (logins.size() < count) {
                throw new IllegalStateException(count + " " + role + " logins wanted, " + logins.size() + " seeded");
            }
            return logins.subList(0, count).iterator();
        }
    }
}
