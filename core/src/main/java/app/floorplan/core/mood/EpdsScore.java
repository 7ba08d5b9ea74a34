package app.floorplan.core.mood;

/**
 * The scored Edinburgh Postnatal Depression Scale.
 *
 * @param total the sum of the ten item scores, 0-30 ([COX-1987])
 * @param selfHarmItem the score of item 10 ("The thought of harming myself has occurred to me"), 0-3
 */
public record EpdsScore(int total, int selfHarmItem) {

    public static final int MAX_TOTAL = 30;

    /**
     * [COX-1987] scoring guidance: a total of 13 or more (the 12/13 cut-off) should be assessed for possible
     * depression; the score does not replace clinical judgement.
     */
    public static final int PROBABLE_DEPRESSION = 13;

    /**
     * [COX-1987] scoring guidance: a cut-off of 10 or more where greater sensitivity is wanted; FloorPlan shows it as
     * "possible depression: repeat and ask more", not as a red flag.
     */
    public static final int POSSIBLE_DEPRESSION = 10;

    public EpdsScore {
        if (total < 0 || total > MAX_TOTAL) {
            throw new IllegalArgumentException("an EPDS total is 0-30, got " + total);
        }
        if (selfHarmItem < 0 || selfHarmItem > 3) {
            throw new IllegalArgumentException("an EPDS item scores 0-3, got " + selfHarmItem);
        }
    }

    /**
     * Any score above 0 on item 10 (thoughts of self-harm). [COX-1987] scoring guidance: it should always prompt
     * further assessment, whatever the total; FloorPlan makes it an urgent red flag.
     */
    public boolean selfHarmThoughts() {
        return selfHarmItem > 0;
    }

    public boolean probableDepression() {
        return total >= PROBABLE_DEPRESSION;
    }

    public boolean possibleDepression() {
        return total >= POSSIBLE_DEPRESSION;
    }

    /** The score in words, e.g. "EPDS 14 of 30 (13 or more: probable depression)". */
    public String summary() {
        String band = probableDepression()
                ? " (" + PROBABLE_DEPRESSION + " or more: probable depression)"
                : possibleDepression()
                        ? " (" + POSSIBLE_DEPRESSION + "-12: possible depression, repeat and ask more)"
                        : "";
        String item10 = selfHarmThoughts() ? "; item 10 (thoughts of self-harm) scored " + selfHarmItem : "";
        return "EPDS " + total + " of " + MAX_TOTAL + band + item10;
    }
}
