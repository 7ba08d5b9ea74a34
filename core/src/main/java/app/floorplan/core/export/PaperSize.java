package app.floorplan.core.export;

/** The paper a document is laid out for: A4 in most of the world, US Letter in North America. */
public enum PaperSize {
    A4("A4"),
    US_LETTER("US Letter");

    private final String label;

    PaperSize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
