package app.floorplan.core.exercise;

import java.util.Objects;

/**
 * An exercise with the version of its stored row, for optimistic locking: an edit names the version it was made on and
 * is refused when someone else saved the exercise in between. Built-ins are never stored and have version 0.
 *
 * @param version 1 when a clinic's exercise is added, one more with every saved change
 */
public record StoredExercise(Exercise exercise, long version) {

    public StoredExercise {
        Objects.requireNonNull(exercise, "exercise");
        if (version < 0) {
            throw new IllegalArgumentException("a version is 0 or more, got " + version);
        }
    }

    /** A built-in as the library shows it: never stored, so version 0. */
    public static StoredExercise builtIn(Exercise exercise) {
        if (!exercise.isBuiltIn()) {
            throw new IllegalArgumentException("not a built-in: " + exercise.id());
        }
        return new StoredExercise(exercise, 0);
    }
}
