package app.floorplan.core.assessment;

/** How far above the umbilicus the clinic's protocol measures: 3 cm in most, 4.5 cm in some. */
public enum AboveUmbilicusOffset {
    THREE_CM("3 cm", IrdLevel.THREE_CM_ABOVE),
    FOUR_AND_A_HALF_CM("4.5 cm", IrdLevel.FOUR_AND_A_HALF_CM_ABOVE);

    private final String label;
    private final IrdLevel level;

    AboveUmbilicusOffset(String label, IrdLevel level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    /** The point on the linea alba a reading above the umbilicus is taken at with this protocol. */
    public IrdLevel level() {
        return level;
    }
}
