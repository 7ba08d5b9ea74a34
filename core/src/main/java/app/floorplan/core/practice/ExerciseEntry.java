package app.floorplan.core.practice;

import app.floorplan.core.exercise.ExerciseId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How one exercise went, as typed in the log form and not yet checked.
 *
 * @param completion empty when the patient did not say; an exercise without completion and without symptoms is left
 *     out of the entry
 * @param otherSymptom the words for "something else", as typed
 */
public record ExerciseEntry(
        ExerciseId exercise, Optional<Completion> completion, Set<SymptomFlag> symptoms, String otherSymptom) {

    public ExerciseEntry {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(completion, "completion");
        symptoms = Set.copyOf(symptoms);
        Objects.requireNonNull(otherSymptom, "otherSymptom");
    }

    boolean blank() {
        return completion.isEmpty() && symptoms.isEmpty() && otherSymptom.isBlank();
    }
}
