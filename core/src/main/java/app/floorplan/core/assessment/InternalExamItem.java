package app.floorplan.core.assessment;

/** One item of the internal pelvic floor exam that may be left not tested. */
public enum InternalExamItem {
    POWER("Oxford grade (power)"),
    ENDURANCE("Endurance"),
    REPETITIONS("Repetitions"),
    FAST_CONTRACTIONS("Fast contractions"),
    ELEVATION("Elevation"),
    CO_CONTRACTION("Co-contraction"),
    TIMING("Timing"),
    TONE("Resting tone"),
    RELAXATION("Relaxation after contraction");

    private final String label;

    InternalExamItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
