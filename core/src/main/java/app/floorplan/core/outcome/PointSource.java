package app.floorplan.core.outcome;

/**
 * Where a value of a measure was recorded, for a series that joins values from more than one place (the EPDS: the
 * red-flag screen asks it at the intake and at visits, and it is also a questionnaire).
 */
public enum PointSource {
    /** Measured or logged where the measure lives (an assessment, the practice log). */
    RECORDED(""),
    /** A questionnaire response. */
    QUESTIONNAIRE("questionnaire"),
    /** The red-flag screen of the intake or of a visit (docs/adr/0019-red-flag-screen-at-every-visit.md). */
    RED_FLAG_SCREEN("red-flag screen");

    private final String label;

    PointSource(String label) {
        this.label = label;
    }

    /** In words, e.g. "red-flag screen"; empty for {@link #RECORDED}. */
    public String label() {
        return label;
    }
}
