package app.floorplan.core.practice;

import app.floorplan.core.exercise.ExerciseId;
import java.util.Objects;

/** How one exercise of the program went on one day. */
public record ExerciseOutcome(ExerciseId exercise, Completion completion, SymptomReport symptoms) {

    public ExerciseOutcome {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(completion, "completion");
        Objects.requireNonNull(symptoms, "symptoms");
    }
}
