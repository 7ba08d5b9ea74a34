package app.floorplan.core.assessment;

/**
 * Where along the linea alba the inter-rectus distance is measured. How far above and below the umbilicus depends on
 * the clinic's protocol and is recorded with the diastasis section ({@link AboveUmbilicusOffset},
 * {@link BelowUmbilicusOffset}); together they give the exact {@link IrdLevel}.
 */
public enum IrdSite {
    ABOVE_UMBILICUS("aboveUmbilicus", "Above the umbilicus"),
    UMBILICUS("umbilicus", "At the umbilicus"),
    BELOW_UMBILICUS("belowUmbilicus", "Below the umbilicus");

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
}
