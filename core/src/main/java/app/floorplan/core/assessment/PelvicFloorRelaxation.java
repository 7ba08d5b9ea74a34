package app.floorplan.core.assessment;

/** Whether the pelvic floor lets go fully after a contraction. */
public enum PelvicFloorRelaxation {
    COMPLETE("Complete"),
    INCOMPLETE("Incomplete");

    private final String label;

    PelvicFloorRelaxation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
