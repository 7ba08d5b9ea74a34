package app.floorplan.core.exercise;

import app.floorplan.core.validation.Violations;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to do an exercise, as the patient reads it: the starting position, the numbered steps (in order) and short cues
 * to keep in mind. Text is stripped and blank steps or cues are dropped.
 */
public record Instructions(Optional<String> setUp, List<String> steps, List<String> cues) {

    public static final int MAX_SET_UP_LENGTH = 500;
    public static final int MAX_STEPS = 12;
    public static final int MAX_STEP_LENGTH = 300;
    public static final int MAX_CUES = 8;
    public static final int MAX_CUE_LENGTH = 200;

    public Instructions {
        Objects.requireNonNull(setUp, "setUp");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(cues, "cues");
        var found = new Violations();
        setUp = TextRules.optional(found, ExerciseFields.SET_UP, setUp.orElse(""), MAX_SET_UP_LENGTH, "The set-up");
        steps = TextRules.items(found, ExerciseFields.STEPS, steps, MAX_STEPS, MAX_STEP_LENGTH, "Step");
        cues = TextRules.items(found, ExerciseFields.CUES, cues, MAX_CUES, MAX_CUE_LENGTH, "Cue");
        if (steps.isEmpty()) {
            found.add(ExerciseFields.STEPS, "Add at least one step");
        }
        found.throwIfAny();
    }

    public static Instructions of(String setUp, List<String> steps, List<String> cues) {
        return new Instructions(Optional.of(setUp), steps, cues);
    }
}
