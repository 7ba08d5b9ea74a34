package app.floorplan.core.suggestion;

import java.util.List;
import java.util.Objects;

/** A referral the suggestion advises, with the facts that call for it. The PT decides and arranges it. */
public record SuggestedReferral(Referral to, List<String> because) implements Justified {
    public SuggestedReferral {
        Objects.requireNonNull(to, "to");
        because = List.copyOf(because);
    }
}
