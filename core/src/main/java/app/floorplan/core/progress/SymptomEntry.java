package app.floorplan.core.progress;

import app.floorplan.core.practice.SymptomFlag;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Symptoms the patient flagged on one day, for one exercise or the whole session.
 *
 * @param exerciseName empty for the session as a whole
 * @param otherText her own words for "other": plain text, shown escaped
 */
public record SymptomEntry(
        LocalDate day, Optional<String> exerciseName, Set<SymptomFlag> flags, Optional<String> otherText) {

    public SymptomEntry {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(exerciseName, "exerciseName");
        flags = Set.copyOf(flags);
        Objects.requireNonNull(otherText, "otherText");
    }
}
