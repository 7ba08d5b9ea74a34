package app.floorplan.core.intake;

/** Perineal injury at a delivery, by degree of tear, or an episiotomy. */
public enum PerinealTrauma {
    NONE("None"),
    FIRST_DEGREE("1st degree tear"),
    SECOND_DEGREE("2nd degree tear"),
    THIRD_A("3a tear"),
    THIRD_B("3b tear"),
    THIRD_C("3c tear"),
    FOURTH_DEGREE("4th degree tear"),
    EPISIOTOMY("Episiotomy");

    private final String label;

    PerinealTrauma(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
