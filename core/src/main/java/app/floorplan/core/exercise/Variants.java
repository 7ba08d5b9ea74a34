package app.floorplan.core.exercise;

import app.floorplan.core.validation.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to go when an exercise is too hard (regress) or too easy (progress). Links are one-way: A's harder variant
 * being B does not make A B's easier variant. That the linked exercises exist and are visible to the clinic is checked
 * where exercises are saved, since it needs the library.
 */
public record Variants(Optional<ExerciseId> easier, Optional<ExerciseId> harder) {

    public Variants {
        Objects.requireNonNull(easier, "easier");
        Objects.requireNonNull(harder, "harder");
        if (easier.isPresent() && easier.equals(harder)) {
            throw new InvalidInputException(
                    ExerciseFields.HARDER_VARIANT, "The easier and the harder variant must be different exercises");
        }
    }

    public static Variants none() {
        return new Variants(Optional.empty(), Optional.empty());
    }

    /** True when either link points at the given exercise. */
    public boolean pointsAt(ExerciseId id) {
        return easier.filter(id::equals).isPresent()
                || harder.filter(id::equals).isPresent();
    }
}
