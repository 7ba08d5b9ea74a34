package app.floorplan.core.assessment;

/** Whether a change is bigger than the measurement error of the method. */
public enum ChangeSize {
    WITHIN_MEASUREMENT_ERROR("Within measurement error"),
    BEYOND_MEASUREMENT_ERROR("Beyond measurement error"),
    /** No smallest real change is configured for this measure, so the change cannot be called real or noise. */
    MEASUREMENT_ERROR_UNKNOWN("Measurement error unknown");

    private final String label;

    ChangeSize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
