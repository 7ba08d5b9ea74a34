package app.floorplan.core.identity;

import java.util.Objects;
import java.util.UUID;

/** Identity of a patient record. Random UUIDs, so ids in a URL cannot be guessed or enumerated. */
public record PatientId(UUID value) {
    public PatientId {
        Objects.requireNonNull(value, "value");
    }

    public static PatientId random() {
        return new PatientId(UUID.randomUUID());
    }

    public static PatientId of(String value) {
        return new PatientId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
