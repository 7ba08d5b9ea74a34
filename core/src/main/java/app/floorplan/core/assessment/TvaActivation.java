package app.floorplan.core.assessment;

/** Quality of the transversus abdominis (TVA) activation. */
public enum TvaActivation {
    ABSENT("Absent"),
    WEAK("Weak"),
    GOOD("Good"),
    WITH_SUBSTITUTION("With substitution (other muscles take over)");

    private final String label;

    TvaActivation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
