package app.floorplan.core.assessment;

/** How the linea alba feels under the palpating fingers when the abdominal wall is loaded. */
public enum LineaAlbaTension {
    FIRM("Firm"),
    SOFT("Soft"),
    NO_TENSION("No tension");

    private final String label;

    LineaAlbaTension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
