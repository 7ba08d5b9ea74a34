package app.floorplan.core.assessment;

/** The unit an inter-rectus distance is recorded in; the measuring method decides it. */
public enum IrdUnit {
    MILLIMETRES("mm"),
    FINGER_WIDTHS("finger widths");

    private final String label;

    IrdUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
