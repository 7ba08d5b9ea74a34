package app.floorplan.core.program;

import app.floorplan.core.exercise.ExerciseId;
import java.util.List;

/**
 * Whether one program item may be prescribed.
 *
 * @param position the item's position in the program, as in its field keys
 * @param refusals the reasons of every precaution that refuses it; empty when it may be prescribed
 * @param warnings why it needs care for this patient (a caution her record shows); they do not refuse it
 */
public record ItemDecision(int position, ExerciseId exercise, List<String> refusals, List<String> warnings) {

    public ItemDecision {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    public ItemDecision(int position, ExerciseId exercise, List<String> refusals) {
        this(position, exercise, refusals, List.of());
    }

    public boolean isAllowed() {
        return refusals.isEmpty();
    }
}
