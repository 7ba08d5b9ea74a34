package app.floorplan.core.suggestion;

import app.floorplan.core.exercise.ProgramPhase;
import java.util.List;

/** The phase the program is suggested to start in, with the facts that put it there. */
public record SuggestedPhase(ProgramPhase phase, List<String> because) implements Justified {
    public SuggestedPhase {
        because = List.copyOf(because);
    }
}
