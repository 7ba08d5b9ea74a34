package app.floorplan.core.session;

import app.floorplan.core.exercise.dosage.CountRange;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a step sits in its exercise: which set of how many, and which side.
 *
 * @param set 1-based; the session counts the lower bound of a set range
 * @param sets the prescribed sets as written (shown as "set 1 of 2, your plan says 2-3"); exactly 1 when the plan names
 *     no sets
 * @param side empty for an exercise done once, not per side
 */
public record Round(int set, CountRange sets, Optional<Side> side) {

    public Round {
        Objects.requireNonNull(sets, "sets");
        Objects.requireNonNull(side, "side");
        if (set < 1 || set > sets.low()) {
            throw new IllegalArgumentException("set " + set + " outside 1.." + sets.low());
        }
    }

    /** Whether the plan names more than one set, so the set is worth saying. */
    public boolean counted() {
        return sets.high() > 1;
    }
}
