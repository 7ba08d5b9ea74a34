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

    private PrecautionText() {}
}
