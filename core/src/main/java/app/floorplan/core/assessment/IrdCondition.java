package app.floorplan.core.assessment;

/** Whether the abdominal wall is at rest or loaded by a head lift while the inter-rectus distance is measured. */
public enum IrdCondition {
    REST("rest", "At rest", "at rest"),
    HEAD_LIFT("headLift", "During a head lift", "during a head lift");

    private final String key;
    private final String label;
    private final String phrase;

    IrdCondition(String key, String label, String phrase) {
        this.key = key;
        this.label = label;
        this.phrase = phrase;
    }

    /** The segment of form field keys, e.g. {@code "rest"} in {@code "ird.umbilicus.rest"}. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    String phrase() {
        return phrase;
    }
}
