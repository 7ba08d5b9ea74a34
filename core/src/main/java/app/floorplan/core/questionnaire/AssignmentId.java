package app.floorplan.core.questionnaire;

import java.util.Objects;
import java.util.UUID;

/** Identity of an assignment of a questionnaire to a patient. Random UUIDs, so ids in a URL cannot be guessed or enumerated. */
public record AssignmentId(UUID value) {
    public AssignmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AssignmentId random() {
        return new AssignmentId(UUID.randomUUID());
    }

    public static AssignmentId of(String value) {
        return new AssignmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
