package app.floorplan.core.diary;

import app.floorplan.core.identity.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * One line of the patient's diary, at the clinic's local date and time it happened. A mistaken line is struck out, not
 * deleted: it stays on record and leaves the day's totals.
 */
public sealed interface DiaryEntry permits BladderEntry, BowelEntry {

    DiaryEntryId id();

    PatientId patient();

    LocalDate date();

    LocalTime time();

    /** When she saved it. */
    Instant recordedAt();

    Optional<Instant> struckOutAt();

    default boolean struckOut() {
        return struckOutAt().isPresent();
    }
}
