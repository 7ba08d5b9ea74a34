package app.floorplan.core.progress;

import java.util.Objects;
import java.util.Optional;

/**
 * One reason of an alert, e.g. "Pain 8 on 20 Nov" or "Doming during Heel slides on 20 Nov".
 *
 * @param what in plain words; may hold the patient's own words (plain text, to be shown escaped)
 * @param exerciseName the exercise's name when the reason is about one
 */
public record AlertReason(AlertKind kind, String what, Optional<String> exerciseName) {

    public AlertReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(exerciseName, "exerciseName");
    }
}
