package app.floorplan.core.assessment;

/** Range and comfort of a spinal movement. */
public enum MobilityGrade {
    FULL("Full"),
    LIMITED("Limited"),
    PAINFUL("Painful");

    private final String label;

    MobilityGrade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
