package app.floorplan.core.suggestion;

import java.util.List;

/**
 * Something the PT should keep in mind when building the program, e.g. what to avoid until a finding has resolved.
 *
 * @param text what to avoid or watch for, in the PT's terms
 */
public record SuggestedPrecaution(String text, List<String> because) implements Justified {
    public SuggestedPrecaution {
        because = List.copyOf(because);
    }
}
