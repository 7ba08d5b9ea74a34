package app.floorplan.core.assessment;

/** Which way a measured value moved between two assessments, knowing which way is better for that measure. */
public enum Direction {
    IMPROVED("Improved"),
    WORSE("Worse"),
    UNCHANGED("Unchanged");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
