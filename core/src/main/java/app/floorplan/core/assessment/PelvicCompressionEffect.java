package app.floorplan.core.assessment;

/** How the active straight leg raise changes when it is repeated with the pelvis compressed. */
public enum PelvicCompressionEffect {
    BETTER("Better with pelvic compression"),
    SAME("Same with pelvic compression");

    private final String label;

    PelvicCompressionEffect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
