package app.floorplan.core.diary;

import java.util.Objects;
import java.util.UUID;

/** Identity of a PT's request for a diary. Random UUIDs, so ids cannot be guessed or enumerated. */
public record DiaryRequestId(UUID value) {
    public DiaryRequestId {
        Objects.requireNonNull(value, "value");
    }

    public static DiaryRequestId random() {
        return new DiaryRequestId(UUID.randomUUID());
    }

    public static DiaryRequestId of(String value) {
        return new DiaryRequestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
