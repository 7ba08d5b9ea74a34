package app.floorplan.core.assessment;

/** How a change compares with what it is weighed against ({@link ChangeThreshold}). */
public enum ChangeSize {
    WITHIN_MEASUREMENT_ERROR("Within measurement error"),
    /** Between the smallest and the largest smallest-real-change of the source's sites. */
    POSSIBLY_MEASUREMENT_ERROR("Possibly measurement error"),
    BEYOND_MEASUREMENT_ERROR("Beyond measurement error"),
    BELOW_MINIMAL_IMPORTANT_CHANGE("Below the minimal important change"),
    MINIMAL_IMPORTANT_CHANGE_REACHED("At least the minimal important change"),
    /** No source gives an error band for this method or site, so the change cannot be called real or noise. */
    NO_PUBLISHED_ERROR_BAND("No published error band"),
    MEASUREMENT_ERROR_UNKNOWN("Measurement error unknown");

    private final String label;

    ChangeSize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
