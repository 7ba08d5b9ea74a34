package app.floorplan.core.assessment;

/** What a finding says; program-suggestion rules match on it. */
public enum FindingKind {
    DIASTASIS("Diastasis recti"),
    /** In addition to {@link #DIASTASIS} for a millimetre reading beyond the severe limit. */
    SEVERE_DIASTASIS("Severe diastasis recti"),
    /**
     * A millimetre reading the chosen source gives no limit for (another point on the linea alba, or a head lift where
     * the limits are at rest); it is neither normal nor a diastasis.
     */
    IRD_NOT_JUDGED("Inter-rectus distance not judged"),
    ASLR_POSITIVE("Positive active straight leg raise"),
    PELVIC_FLOOR_WEAK("Weak pelvic floor"),
    /** At least moderate power, but endurance, repetitions or fast contractions short of the exam's target of 10. */
    PELVIC_FLOOR_LOW_ENDURANCE("Pelvic floor tires or slows"),
    /** Needs down-training (relaxation, breathing), not more strengthening. */
    PELVIC_FLOOR_HIGH_TONE("High-tone pelvic floor"),
    /** Needs down-training (relaxation, breathing), not more strengthening. */
    PELVIC_FLOOR_INCOMPLETE_RELAXATION("Pelvic floor does not relax fully"),
    PARADOXICAL_BREATHING("Paradoxical breathing"),
    UPPER_CHEST_DOMINANT_BREATHING("Upper-chest dominant breathing"),
    BREATH_HOLDING_ON_EFFORT("Breath-holding or bearing down on effort"),
    EXHALE_NOT_COORDINATED_WITH_EFFORT("Exhale not coordinated with effort"),
    DOMING_UNDER_LOAD("Doming under load"),
    SEVERE_PAIN("Severe pain"),
    /** Reported in the pelvic floor section, with or without an internal exam. */
    STRESS_URINARY_INCONTINENCE("Stress urinary incontinence"),
    /** Reported in the pelvic floor section, with or without an internal exam. */
    URGE_INCONTINENCE("Urge incontinence"),
    /** Faecal or flatus incontinence, reported in the pelvic floor section. */
    ANAL_INCONTINENCE("Faecal or flatus incontinence"),
    /** Bulge or heaviness, reported in the pelvic floor section. */
    PROLAPSE_SYMPTOMS("Prolapse symptoms"),
    /** Reported in the pelvic floor section, with or without an internal exam. */
    PAIN_WITH_INTERCOURSE("Pain with intercourse");

    private final String label;

    FindingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
