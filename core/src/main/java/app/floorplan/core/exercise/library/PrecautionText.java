package app.floorplan.core.exercise.library;

/** Precaution wording that several built-in exercises share, so it reads the same everywhere. */
final class PrecautionText {

    static final String LOADED_CORE = "This exercise puts real load on your belly muscles. After a C-section, start it"
            + " only once your doctor or therapist has cleared you, usually not before 6 weeks after the birth.";

    static final String TIGHT_PELVIC_FLOOR = "If your therapist has found that your pelvic floor is tight or does not"
            + " relax well, do the relaxation exercises instead until they tell you otherwise.";

    static final String SCAR_CLEARANCE = "Only once the wound has fully closed and your doctor, midwife or therapist"
            + " has checked it and cleared you to start.";

    static final String SCAR_WARNING = "Stop and contact your doctor or midwife if the scar becomes red, hot, swollen"
            + " or more painful, oozes or opens.";

    // Caution.PELVIC_GIRDLE_PAIN ([NCA-PGP]: one leg, legs apart, low squats and one-sided carrying flare it up).
    static final String PELVIC_GIRDLE_PAIN = "If you have pain at the front or back of your pelvis (pelvic girdle"
            + " pain), check with your therapist first: standing or pushing off on one leg, legs wide apart, deep"
            + " squats and carrying on one side can make it worse.";

    // Caution.PROLAPSE_SYMPTOMS ([NICE-NG210]: keep heavy lifting to a minimum with prolapse).
    static final String PROLAPSE = "If you feel a bulge or heaviness in your vagina, keep the load light and check"
            + " with your therapist before you add weight.";

    // Caution.SEVERE_PERINEAL_TEAR (clinic rule: no source gives a load limit after the tear).
    static final String SEVERE_TEAR = "After a 3rd or 4th degree tear, wait for your check-up after the tear before"
            + " you do deep squats or lift and carry heavier loads.";

    private PrecautionText() {}
}
