package app.floorplan.core.assessment;

/**
 * Where along the linea alba the inter-rectus distance is measured. The distance above the umbilicus depends on the
 * clinic's protocol and is recorded with the diastasis section ({@link AboveUmbilicusOffset}).
 */
public enum IrdSite {
    ABOVE_UMBILICUS("aboveUmbilicus", "Above the umbilicus"),
    UMBILICUS("umbilicus", "At the umbilicus"),
    BELOW_UMBILICUS("belowUmbilicus", "2 cm below the umbilicus");

    private final String key;
    private final String label;

    IrdSite(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The segment of form field keys, e.g. {@code "umbilicus"} in {@code "ird.umbilicus.rest"}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** Where the reading was taken, in a sentence, e.g. "4.5 cm above the umbilicus". */
    String phrase(AboveUmbilicusOffset offset) {
        return switch (this) {
            case ABOVE_UMBILICUS -> offset.label() + " above the umbilicus";
            case UMBILICUS -> "at the umbilicus";
            case BELOW_UMBILICUS -> "2 cm below the umbilicus";
        };
    }
}
