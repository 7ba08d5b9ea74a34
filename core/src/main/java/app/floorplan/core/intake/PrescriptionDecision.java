package app.floorplan.core.intake;

import java.util.Set;

/** Whether an exercise program may be prescribed, and if not, why. */
public sealed interface PrescriptionDecision {

    /** Prescribing is allowed. */
    record Allowance() implements PrescriptionDecision {}

    /**
     * Prescribing is blocked.
     *
     * @param reason plain-language reason to show the PT
     * @param unresolvedFlags the red flags behind the rejection; empty when the reason is not a red flag
     */
    record Rejection(String reason, Set<RedFlag> unresolvedFlags) implements PrescriptionDecision {
        public Rejection {
            unresolvedFlags = Set.copyOf(unresolvedFlags);
        }
    }

    default boolean isAllowed() {
        return this instanceof Allowance;
    }
}
