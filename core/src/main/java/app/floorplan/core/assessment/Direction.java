package app.floorplan.core.assessment;

/** Which way a measured value moved between two assessments, knowing which way is better for that measure. */
public enum Direction {
    IMPROVED("Improved"),
    WORSE("Worse"),
    UNCHANGED("Unchanged"),
    /** Moved between two states neither of which is better, e.g. resting tone from low to high. */
    CHANGED("Changed");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
