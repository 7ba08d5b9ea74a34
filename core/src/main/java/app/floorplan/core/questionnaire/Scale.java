package app.floorplan.core.questionnaire;

/**
 * A subscale of an instrument: the PFDI-20's three distress inventories and the PFIQ-7's three impact questionnaires
 * [BARBER-2005]. Each is scored 0-100, higher worse.
 */
public enum Scale {
    POPDI_6("POPDI-6", "prolapse"),
    CRADI_8("CRADI-8", "bowel"),
    UDI_6("UDI-6", "bladder"),
    UIQ_7("UIQ-7", "bladder or urine"),
    CRAIQ_7("CRAIQ-7", "bowel or rectum"),
    POPIQ_7("POPIQ-7", "vagina or pelvis");

    /** Every subscale runs from 0 to 100 [BARBER-2005]. */
    public static final int MAX = 100;

    private final String label;
    private final String area;

    Scale(String label, String area) {
        this.label = label;
        this.area = area;
    }

    /** The published abbreviation, e.g. "UDI-6". */
    public String label() {
        return label;
    }

    /** What it is about, in plain words, e.g. "bladder". */
    public String area() {
        return area;
    }
}
