package app.floorplan.core.assessment;

/**
 * How the active straight leg raise changes when it is repeated with the pelvis compressed (by hand or a belt). Mens
 * 2001 scores the test without compression; recording the retest as better, the same or worse is a clinic recording
 * convention, so a retest that provokes more difficulty is recorded as such rather than forced into "same".
 */
public enum PelvicCompressionEffect {
    BETTER("Better with pelvic compression"),
    SAME("Same with pelvic compression"),
    WORSE("Worse with pelvic compression");

    private final String label;

    PelvicCompressionEffect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
