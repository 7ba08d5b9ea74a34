package app.floorplan.core.outcome;

/** Where a measure is shown, in this order. */
public enum MeasureGroup {
    QUESTIONNAIRES("Questionnaires"),
    PAIN("Pain"),
    DIASTASIS("Diastasis recti: inter-rectus distance"),
    PELVIC_FLOOR("Pelvic floor: Modified Oxford and PERFECT"),
    DEEP_CORE("Deep core: active straight leg raise"),
    PRACTICE("Home practice");

    private final String label;

    MeasureGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
