package app.floorplan.core.exercise;

/**
 * Field keys of an exercise in {@link app.floorplan.core.validation.Violation}s. Per-item problems in a list carry the
 * item's 0-based position in the list the form passed, e.g. {@code "exercise.steps[2]"}; the default dosage uses the
 * keys of {@link app.floorplan.core.exercise.dosage.DosageFields}.
 */
public final class ExerciseFields {

    /** The exercise as a whole, e.g. a built-in that cannot be edited. */
    public static final String EXERCISE = "exercise";

    public static final String CODE = "exercise.code";
    public static final String NAME = "exercise.name";
    public static final String PURPOSE = "exercise.purpose";
    public static final String CATEGORY = "exercise.category";
    public static final String PHASE = "exercise.phase";
    public static final String SET_UP = "exercise.setUp";
    public static final String STEPS = "exercise.steps";
    public static final String CUES = "exercise.cues";
    public static final String WATCH_FOR_NOTE = "exercise.watchForNote";
    public static final String PRECAUTIONS = "exercise.precautions";
    public static final String EASIER_VARIANT = "exercise.easierVariant";
    public static final String HARDER_VARIANT = "exercise.harderVariant";

    /** The key of one item in a list field, e.g. {@code item(STEPS, 2)} is {@code "exercise.steps[2]"}. */
    public static String item(String listField, int index) {
        return listField + "[" + index + "]";
    }

    private ExerciseFields() {}
}
