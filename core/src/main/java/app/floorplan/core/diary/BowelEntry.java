package app.floorplan.core.diary;

import app.floorplan.core.identity.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** A bowel movement: its Bristol stool form [LEWIS-1997] and whether she had to strain. */
public record BowelEntry(
        DiaryEntryId id,
        PatientId patient,
        LocalDate date,
        LocalTime time,
        BristolType stool,
        boolean straining,
        Instant recordedAt,
        Optional<Instant> struckOutAt)
        implements DiaryEntry {

    public BowelEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(stool, "stool");
    }
}
