package app.floorplan.core.program;

import app.floorplan.core.exercise.ExerciseId;
import java.util.List;

/**
 * Whether one program item may be prescribed.
 *
 * @param position the item's position in the program, as in its field keys
 * @param refusals the reasons of every precaution that refuses it; empty when it may be prescribed
 */
public record ItemDecision(int position, ExerciseId exercise, List<String> refusals) {

    public ItemDecision {
        refusals = List.copyOf(refusals);
    }

    public boolean isAllowed() {
        return refusals.isEmpty();
    }
}
