package app.floorplan.core.suggestion;

import app.floorplan.core.exercise.ExerciseCode;
import java.util.Objects;

/**
 * Identifies a suggested exercise so a form can accept or discard it. Derived from the exercise's code (a suggestion
 * holds each exercise once), so the same suggestion computed again, e.g. after a page reload, has the same ids.
 */
public record SuggestedItemId(String value) {
    public SuggestedItemId {
        Objects.requireNonNull(value, "value");
    }

    public static SuggestedItemId of(ExerciseCode code) {
        return new SuggestedItemId(code.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
