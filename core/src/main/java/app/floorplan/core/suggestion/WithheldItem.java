package app.floorplan.core.suggestion;

import app.floorplan.core.exercise.ExerciseId;
import java.util.List;

/**
 * An exercise a rule proposed but the suggestion leaves out, shown so the PT sees what was held back and why (e.g.
 * pelvic floor strengthening for a pelvic floor that does not relax, or loaded work in the early weeks after a
 * C-section).
 *
 * @param because why it is left out
 * @param proposedFor the facts that made a rule propose it
 */
public record WithheldItem(ExerciseId exercise, String name, List<String> because, List<String> proposedFor)
        implements Justified {

    public WithheldItem {
        because = List.copyOf(because);
        proposedFor = List.copyOf(proposedFor);
    }
}
