package app.floorplan.ui.audit;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditOutcome;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the audit view and its export write times, actions and outcomes. */
final class AuditText {

    /** The trail's times are UTC everywhere (what the database stores), so two exports compare line by line. */
    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private AuditText() {}

    static String time(Instant at) {
        return TIME.format(at);
    }

    /** "PATIENT_VIEWED" reads "Patient viewed". */
    static String action(AuditAction action) {
        String words = action.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String outcome(AuditOutcome outcome) {
        return switch (outcome) {
            case SUCCESS -> "Done";
            case FAILURE -> "Failed";
            case DENIED -> "Refused";
        };
    }
}
