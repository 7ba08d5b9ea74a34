package app.floorplan.core.progress;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A PT's note that she has seen an alert and dealt with it.
 *
 * @param note what she did, at most {@value #MAX_NOTE_LENGTH} characters; blank counts as absent
 */
public record AlertAcknowledgement(AlertKey alert, AccountId by, Instant at, Optional<String> note) {

    public static final int MAX_NOTE_LENGTH = 500;
    public static final String NOTE_FIELD = "alert.note";

    public AlertAcknowledgement {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        note = Objects.requireNonNull(note, "note").map(String::strip).filter(text -> !text.isEmpty());
        new Violations()
                .check(
                        note.map(String::length).orElse(0) <= MAX_NOTE_LENGTH,
                        NOTE_FIELD,
                        "Keep the note to " + MAX_NOTE_LENGTH + " characters")
                .throwIfAny();
    }
}
