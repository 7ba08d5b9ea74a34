package app.floorplan.core.practice;

/**
 * Symptoms a patient can report during an exercise. Doming, leaking, heaviness and pain mean "regress or hold" for
 * that exercise (domain brief, home program model: precautions).
 */
public enum SymptomFlag {
    /** The belly bulges or forms a ridge along the midline under effort. */
    DOMING,
    /** Urine (or wind/stool) leaks during the exercise. */
    LEAKING,
    /** Heaviness, dragging or a bulge felt in the vagina: possible prolapse symptoms. */
    HEAVINESS,
    /** Pain gets worse during or after the exercise. */
    PAIN_INCREASE,
    /** Anything else, described in the patient's words. */
    OTHER
}
