package app.floorplan.core.assessment;

import java.util.Objects;
import java.util.UUID;

/** Identity of an assessment across all its versions. Random UUIDs, so ids in a URL cannot be guessed or enumerated. */
public record AssessmentId(UUID value) {
    public AssessmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AssessmentId random() {
        return new AssessmentId(UUID.randomUUID());
    }

    public static AssessmentId of(String value) {
        return new AssessmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
