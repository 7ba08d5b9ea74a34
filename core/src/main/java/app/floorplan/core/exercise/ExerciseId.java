package app.floorplan.core.exercise;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * Identity of an exercise. Clinic-owned exercises get random UUIDs; built-ins get a UUID derived from their code, so
 * a built-in keeps the same id across releases and databases and program items can point at it.
 */
public record ExerciseId(UUID value) {
    public ExerciseId {
        Objects.requireNonNull(value, "value");
    }

    public static ExerciseId random() {
        return new ExerciseId(UUID.randomUUID());
    }

    public static ExerciseId of(String value) {
        return new ExerciseId(UUID.fromString(value));
    }

    /** The fixed id of a built-in exercise: a name-based (version 3) UUID of its code. */
    public static ExerciseId ofBuiltIn(ExerciseCode code) {
        return new ExerciseId(
                UUID.nameUUIDFromBytes(("floorplan:exercise:" + code.value()).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
