package app.floorplan.core.exercise.dosage;

/**
 * Field keys of a dosage in {@link app.floorplan.core.validation.Violation}s, so a form can put each message next to
 * its input. The same keys are used wherever a dosage is edited (exercise default, program item).
 */
public final class DosageFields {

    /** The dosage as a whole, for rules no single input can fix (e.g. nothing was said about the amount). */
    public static final String DOSAGE = "dosage";

    public static final String SETS = "dosage.sets";
    public static final String REPS = "dosage.reps";
    public static final String HOLD_SECONDS = "dosage.holdSeconds";
    public static final String HOLD_BREATHS = "dosage.holdBreaths";
    public static final String DURATION = "dosage.duration";
    public static final String TIMES_PER_DAY = "dosage.timesPerDay";
    public static final String DAYS_PER_WEEK = "dosage.daysPerWeek";
    public static final String REST_SECONDS = "dosage.restSeconds";
    public static final String LOAD = "dosage.load";

    private DosageFields() {}
}
