package app.floorplan.core.program;

import java.util.Objects;
import java.util.UUID;

/** Identity of a home program across all its versions. Random UUIDs, so ids in a URL cannot be guessed or enumerated. */
public record HomeProgramId(UUID value) {
    public HomeProgramId {
        Objects.requireNonNull(value, "value");
    }

    public static HomeProgramId random() {
        return new HomeProgramId(UUID.randomUUID());
    }

    public static HomeProgramId of(String value) {
        return new HomeProgramId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
