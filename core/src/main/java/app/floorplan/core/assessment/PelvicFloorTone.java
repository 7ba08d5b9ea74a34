package app.floorplan.core.assessment;

/** Resting tone of the pelvic floor muscles on palpation. */
public enum PelvicFloorTone {
    LOW("Low"),
    NORMAL("Normal"),
    HIGH("High");

    private final String label;

    PelvicFloorTone(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
