package app.floorplan.core.exercise;

import app.floorplan.core.validation.InvalidInputException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable, readable key of a built-in exercise, e.g. {@code wall-bug-press}: lower-case words joined by hyphens,
 * 3-60 characters. A code never changes once shipped (its {@link ExerciseId} is derived from it); an exercise that is
 * no longer wanted is retired instead.
 */
public record ExerciseCode(String value) {

    public static final int MAX_LENGTH = 60;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ExerciseCode {
        Objects.requireNonNull(value, "value");
        if (value.length() < 3
                || value.length() > MAX_LENGTH
                || !SLUG.matcher(value).matches()) {
            throw new InvalidInputException(
                    ExerciseFields.CODE, "A code is 3-60 lower-case letters or digits, words joined by hyphens");
        }
    }

    public static ExerciseCode of(String value) {
        return new ExerciseCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
