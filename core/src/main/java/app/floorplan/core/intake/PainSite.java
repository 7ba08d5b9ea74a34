package app.floorplan.core.intake;

/** Where the patient feels pain. */
public enum PainSite {
    LOWER_BACK("Lower back"),
    MID_UPPER_BACK("Mid/upper back (between the shoulder blades)"),
    HIPS_GLUTES("Hips and glutes"),
    PELVIC_GIRDLE("Pelvic girdle"),
    PUBIC_SYMPHYSIS("Pubic symphysis"),
    NECK("Neck");

    private final String label;

    PainSite(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
