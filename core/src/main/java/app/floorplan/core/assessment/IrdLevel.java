package app.floorplan.core.assessment;

/**
 * A point on the linea alba where an inter-rectus distance is taken, as exactly as sources name it: a limit or an error
 * band published for 3 cm above the umbilicus says nothing about a reading 4.5 cm above.
 */
public enum IrdLevel {
    FOUR_AND_A_HALF_CM_ABOVE("4.5 cm above the umbilicus"),
    THREE_CM_ABOVE("3 cm above the umbilicus"),
    UMBILICUS("at the umbilicus"),
    TWO_CM_BELOW("2 cm below the umbilicus"),
    THREE_CM_BELOW("3 cm below the umbilicus"),
    FOUR_AND_A_HALF_CM_BELOW("4.5 cm below the umbilicus");

    private final String phrase;

    IrdLevel(String phrase) {
        this.phrase = phrase;
    }

    /** Where, in a sentence, e.g. "3 cm below the umbilicus" or "at the umbilicus". */
    public String phrase() {
        return phrase;
    }
}
