package app.floorplan.core.intake;

/** What the PT did about positive red flags. Either one lifts the block on prescribing exercise. */
public enum RedFlagOutcome {
    REFERRED("Referred to a physician"),
    CLEARED("Cleared");

    private final String label;

    RedFlagOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
