package app.floorplan.core.progress;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What identifies an alert, derived from the log alone: the same log gives the same key, so acknowledging twice is one
 * acknowledgement, and a new occurrence (another day, another exercise) is a new alert.
 *
 * @param day the logged day that triggered it; for {@link AlertKind#NO_RECENT_LOG} the last logged day (or the program's
 *     start when she never logged), so a new silence after she logged again is a new alert
 * @param exercise the exercise during which a symptom was flagged; empty for the whole session and for the other kinds
 */
public record AlertKey(PatientId patient, AlertKind kind, LocalDate day, Optional<ExerciseId> exercise) {

    public AlertKey {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(exercise, "exercise");
    }
}
