package app.floorplan.core.diary;

import java.util.Objects;
import java.util.UUID;

/** Identity of one diary entry. The patient's phone makes it when the entry form opens, so a double tap or a retry stores the entry once. Random UUIDs, so ids cannot be guessed or enumerated. */
public record DiaryEntryId(UUID value) {
    public DiaryEntryId {
        Objects.requireNonNull(value, "value");
    }

    public static DiaryEntryId random() {
        return new DiaryEntryId(UUID.randomUUID());
    }

    public static DiaryEntryId of(String value) {
        return new DiaryEntryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
