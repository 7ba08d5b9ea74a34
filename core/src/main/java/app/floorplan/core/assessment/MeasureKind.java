package app.floorplan.core.assessment;

/** A value compared between assessments, and which way is better. */
public enum MeasureKind {
    IRD("Inter-rectus distance", true),
    OXFORD("Oxford grade", false),
    PERFECT_ENDURANCE("Endurance", false),
    PERFECT_REPETITIONS("Repetitions", false),
    PERFECT_FAST_CONTRACTIONS("Fast contractions", false),
    PERFECT_ELEVATION("Elevation", false),
    PERFECT_CO_CONTRACTION("Co-contraction", false),
    PERFECT_TIMING("Timing", false),
    PELVIC_FLOOR_TONE("Resting tone", false),
    PELVIC_FLOOR_RELAXATION("Relaxation after contraction", false),
    ASLR_TOTAL("ASLR total", true),
    NRS_NOW("Pain now (NRS)", true),
    NRS_WORST_LAST_WEEK("Worst pain in the last week (NRS)", true);

    private final String label;
    private final boolean lowerIsBetter;

    MeasureKind(String label, boolean lowerIsBetter) {
        this.label = label;
        this.lowerIsBetter = lowerIsBetter;
    }

    public String label() {
        return label;
    }

    /**
     * True for a narrower gap, less difficulty or less pain; false where more strength or control is better (and for
     * the states of tone and relaxation, whose direction the comparison works out itself).
     */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }
}
