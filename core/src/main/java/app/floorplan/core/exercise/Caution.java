package app.floorplan.core.exercise;

/**
 * A condition an exercise asks for care with, because of how it loads the pelvis. The suggestion holds back an
 * exercise with a caution that the patient's record shows, and the prescription gate warns the PT about it (the PT
 * decides). Stored by {@link #name()}.
 */
public enum Caution {
    /**
     * Standing or pushing off on one leg, legs wide apart (straddle), a low squat or a load carried on one side: what
     * pelvic girdle pain advice asks to avoid ([NCA-PGP]; [VLEEMING-2008] for the condition).
     */
    PELVIC_GIRDLE_PAIN("Pelvic girdle pain", "single-leg, wide-leg, deep squat or one-sided load", "[NCA-PGP]"),
    /** A lifted or carried load: with prolapse symptoms, heavy lifting is kept to a minimum [NICE-NG210]. */
    PROLAPSE_SYMPTOMS("Prolapse symptoms (bulge or heaviness)", "lifted or carried load", "[NICE-NG210]"),
    /**
     * A deep squat or a lifted or carried load after a third- or fourth-degree tear: clinic rule, until the specialist
     * review after the tear has cleared it ([RCOG-GTG29] for the review; no source gives a load limit).
     */
    SEVERE_PERINEAL_TEAR("3rd or 4th degree tear", "deep squat or lifted or carried load", "(clinic rule)");

    private final String condition;
    private final String load;
    private final String source;

    Caution(String condition, String load, String source) {
        this.condition = condition;
        this.load = load;
        this.source = source;
    }

    /** The condition, as the PT reads it, e.g. "Pelvic girdle pain". */
    public String condition() {
        return condition;
    }

    /** What in the exercise needs the care, e.g. "lifted or carried load". */
    public String load() {
        return load;
    }

    /** Its source as the PT reads it: a key of {@code docs/clinical-sources.md} in brackets, or "(clinic rule)". */
    public String source() {
        return source;
    }
}
