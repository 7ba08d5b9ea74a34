package app.floorplan.core.assessment;

/** A part of the assessment that findings come from; when it was not assessed, "no findings" means "unknown". */
public enum FindingArea {
    PAIN_AT_VISIT("Pain at the visit"),
    BREATHING("Breathing"),
    DOMING("Doming under load"),
    ASLR("Active straight leg raise"),
    PELVIC_FLOOR_INTERNAL_EXAM("Pelvic floor internal exam"),
    /** The symptoms asked in the pelvic floor section; they need no internal exam. */
    PELVIC_FLOOR_SYMPTOMS("Pelvic floor symptoms"),
    DIASTASIS("Inter-rectus distance");

    private final String label;

    FindingArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
