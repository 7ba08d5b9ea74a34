package app.floorplan.core.questionnaire;

import java.util.Objects;
import java.util.UUID;

/** Identity of a questionnaire response across all its versions (and its draft before that). Random UUIDs, so ids in a URL cannot be guessed or enumerated. */
public record ResponseId(UUID value) {
    public ResponseId {
        Objects.requireNonNull(value, "value");
    }

    public static ResponseId random() {
        return new ResponseId(UUID.randomUUID());
    }

    public static ResponseId of(String value) {
        return new ResponseId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
