package app.floorplan.core.identity;

import java.util.Objects;
import java.util.UUID;

/** Identity of a clinic (the tenant boundary: a PT sees only their clinic's patients). Random UUIDs, so ids in a URL cannot be guessed or enumerated. */
public record ClinicId(UUID value) {
    public ClinicId {
        Objects.requireNonNull(value, "value");
    }

    public static ClinicId random() {
        return new ClinicId(UUID.randomUUID());
    }

    public static ClinicId of(String value) {
        return new ClinicId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
