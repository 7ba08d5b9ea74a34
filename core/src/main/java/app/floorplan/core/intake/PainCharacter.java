package app.floorplan.core.intake;

/** How the pain feels. */
public enum PainCharacter {
    ACHE("Dull ache"),
    SHARP("Sharp"),
    BURNING("Burning");

    private final String label;

    PainCharacter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
