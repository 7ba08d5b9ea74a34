package app.floorplan.core.assessment;

/** How an inter-rectus distance was measured; recorded with every reading, since methods do not agree closely. */
public enum IrdMethod {
    CALIPER("Caliper", IrdUnit.MILLIMETRES),
    ULTRASOUND("Ultrasound", IrdUnit.MILLIMETRES),
    PALPATION("Palpation", IrdUnit.FINGER_WIDTHS);

    private final String label;
    private final IrdUnit unit;

    IrdMethod(String label, IrdUnit unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** The unit this method measures in. */
    public IrdUnit unit() {
        return unit;
    }
}
