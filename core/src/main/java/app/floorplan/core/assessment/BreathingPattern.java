package app.floorplan.core.assessment;

/** The dominant breathing pattern at rest. */
public enum BreathingPattern {
    DIAPHRAGMATIC("Diaphragmatic (360°, lateral and posterior rib expansion)"),
    UPPER_CHEST_DOMINANT("Upper-chest dominant"),
    PARADOXICAL("Paradoxical");

    private final String label;

    BreathingPattern(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
