package app.floorplan.core.suggestion;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import java.util.List;

/**
 * A suggested exercise with the library's default dosage, which the PT may change when accepting it.
 *
 * @param phase the exercise's own phase
 */
public record SuggestedItem(
        SuggestedItemId id, ExerciseId exercise, String name, ProgramPhase phase, Dosage dosage, List<String> because)
        implements Justified {

    public SuggestedItem {
        because = List.copyOf(because);
    }

    static SuggestedItem of(Exercise exercise, List<String> because) {
        return new SuggestedItem(
                SuggestedItemId.of(exercise.code().orElseThrow()),
                exercise.id(),
                exercise.name(),
                exercise.phase(),
                exercise.defaultDosage(),
                because);
    }
}
