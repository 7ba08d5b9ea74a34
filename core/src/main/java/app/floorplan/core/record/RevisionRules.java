package app.floorplan.core.record;

import app.floorplan.core.validation.Violations;
import java.util.Optional;

/**
 * The rules every versioned clinical record shares (intake, assessment, questionnaire response and home program):
 * versions count from 1, and every version after the first says why it replaces the previous one. One set of limits
 * and messages, mirrored by the {@code length(reason) between 1 and 1000} CHECKs in the database.
 */
public final class RevisionRules {

    public static final int MAX_REASON_LENGTH = 1000;

    private RevisionRules() {}

    /** Refuses a version number below 1 under {@code field}. */
    public static void number(Violations found, String field, int number) {
        found.check(number >= 1, field, "The version number starts at 1");
    }

    /**
     * The reason stripped, empty when blank; refused under {@code field} when missing from version 2 on or longer than
     * {@link #MAX_REASON_LENGTH}.
     */
    public static Optional<String> reason(Violations found, String field, int number, Optional<String> raw) {
        Optional<String> reason = raw.map(String::strip).filter(text -> !text.isEmpty());
        found.check(
                        number <= 1 || reason.isPresent(),
                        field,
                        "Say why this version replaces the previous one, e.g. what was wrong or what the"
                                + " re-assessment showed")
                .check(
                        reason.map(String::length).orElse(0) <= MAX_REASON_LENGTH,
                        field,
                        "The reason can have at most " + MAX_REASON_LENGTH + " characters");
        return reason;
    }
}
