package app.floorplan.core.outcome;

/** How a measure changed from its first to its latest value, weighed against its published change threshold. */
public enum Verdict {
    IMPROVED_BEYOND("Improved beyond the change that counts"),
    CHANGED_LESS("Changed less than the change that counts"),
    WORSE_BEYOND("Worse beyond the change that counts"),
    /** No threshold is published: direction only. */
    IMPROVED("Improved (no published threshold)"),
    WORSE("Worse (no published threshold)"),
    UNCHANGED("Unchanged"),
    /** Measured once: nothing to compare yet. */
    ONCE("Measured once");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
