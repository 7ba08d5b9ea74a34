package app.floorplan.ui.error;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an unexpected error under a short incident id the person can quote. Exception messages can quote clinical
 * values (a database constraint echoes the row), so the log gets the exception type and the top of the stack, never
 * the message.
 */
final class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private Incidents() {}

    /** Logs the error; answers the incident id. */
    static String record(Throwable error) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Incident {}: {} (root cause {}) at {}",
                incident,
                error.getClass().getName(),
                rootCause(error).getClass().getName(),
                Arrays.stream(error.getStackTrace())
                        .limit(8)
                        .map(String::valueOf)
                        .collect(Collectors.joining(" < ")));
        return incident;
    }

    /** A database that cannot be reached is an operational state, not a bug: one line without a stack. */
    static void recordDatabaseUnreachable(Throwable error) {
        log.warn(
                "Database cannot be reached: {} (root cause {})",
                error.getClass().getName(),
                rootCause(error).getClass().getName());
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
