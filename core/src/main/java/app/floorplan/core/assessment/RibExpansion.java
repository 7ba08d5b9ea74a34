package app.floorplan.core.assessment;

/** How far the ribs expand on inhalation, observed in one direction. */
public enum RibExpansion {
    NONE("None"),
    REDUCED("Reduced"),
    FULL("Full");

    private final String label;

    RibExpansion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
