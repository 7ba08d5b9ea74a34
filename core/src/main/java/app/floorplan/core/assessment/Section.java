package app.floorplan.core.assessment;

import java.util.Optional;

/**
 * One section of an assessment: either assessed, with its values, or explicitly not assessed. A skipped section has no
 * values at all, so it can never be mistaken for a normal one.
 */
public sealed interface Section<T> {

    record Assessed<T>(T value) implements Section<T> {}

    record NotAssessed<T>() implements Section<T> {}

    static <T> Section<T> assessed(T value) {
        return new Assessed<>(value);
    }

    static <T> Section<T> notAssessed() {
        return new NotAssessed<>();
    }

    default boolean isAssessed() {
        return this instanceof Assessed;
    }

    /** The values when assessed; empty when not assessed. */
    default Optional<T> values() {
        return this instanceof Assessed<T>(T value) ? Optional.of(value) : Optional.empty();
    }
}
