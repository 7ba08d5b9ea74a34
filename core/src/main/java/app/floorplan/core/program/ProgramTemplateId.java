package app.floorplan.core.program;

import java.util.Objects;
import java.util.UUID;

/** Identity of a clinic's program template. Random UUIDs, so ids in a URL cannot be guessed or enumerated. */
public record ProgramTemplateId(UUID value) {
    public ProgramTemplateId {
        Objects.requireNonNull(value, "value");
    }

    public static ProgramTemplateId random() {
        return new ProgramTemplateId(UUID.randomUUID());
    }

    public static ProgramTemplateId of(String value) {
        return new ProgramTemplateId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
