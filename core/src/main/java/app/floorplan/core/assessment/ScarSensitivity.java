package app.floorplan.core.assessment;

/** How the skin around a caesarean scar feels to touch. */
public enum ScarSensitivity {
    NORMAL("Normal"),
    NUMB("Numb"),
    HYPERSENSITIVE("Hypersensitive");

    private final String label;

    ScarSensitivity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
