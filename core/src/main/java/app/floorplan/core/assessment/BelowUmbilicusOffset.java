package app.floorplan.core.assessment;

/**
 * How far below the umbilicus the clinic's protocol measures. Protocols differ: 2 cm ([BEER-2009]), 3 cm ([QU-2021],
 * [KESHWANI-2016]) and 4.5 cm ([BOISSONNAULT-1988]) are all in use.
 */
public enum BelowUmbilicusOffset {
    TWO_CM("2 cm", IrdLevel.TWO_CM_BELOW),
    THREE_CM("3 cm", IrdLevel.THREE_CM_BELOW),
    FOUR_AND_A_HALF_CM("4.5 cm", IrdLevel.FOUR_AND_A_HALF_CM_BELOW);

    private final String label;
    private final IrdLevel level;

    BelowUmbilicusOffset(String label, IrdLevel level) {
        this.label = label;
        this.level = level;
    }

    public String label() {
        return label;
    }

    /** The point on the linea alba a reading below the umbilicus is taken at with this protocol. */
    public IrdLevel level() {
        return level;
    }
}
