package app.floorplan.core.intake;

import java.util.Objects;
import java.util.UUID;

/** Identity of an intake across all its versions. Random UUIDs, so ids in a URL cannot be guessed or enumerated. */
public record IntakeId(UUID value) {
    public IntakeId {
        Objects.requireNonNull(value, "value");
    }

    public static IntakeId random() {
        return new IntakeId(UUID.randomUUID());
    }

    public static IntakeId of(String value) {
        return new IntakeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
