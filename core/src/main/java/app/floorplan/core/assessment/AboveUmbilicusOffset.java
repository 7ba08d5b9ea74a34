package app.floorplan.core.assessment;

/** How far above the umbilicus the clinic's protocol measures: 3 cm in most, 4.5 cm in some. */
public enum AboveUmbilicusOffset {
    THREE_CM("3 cm"),
    FOUR_AND_A_HALF_CM("4.5 cm");

    private final String label;

    AboveUmbilicusOffset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
