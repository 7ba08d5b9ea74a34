package app.floorplan.core.session;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.practice.Completion;
import java.util.Objects;
import java.util.Optional;

/**
 * How one exercise of a guided session went.
 *
 * @param stoppedFor the sign she stopped for, if she stopped the exercise with "I noticed ..."
 */
public record ExerciseResult(ExerciseId exercise, Completion completion, Optional<StopSign> stoppedFor) {

    public ExerciseResult {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(stoppedFor, "stoppedFor");
    }
}
