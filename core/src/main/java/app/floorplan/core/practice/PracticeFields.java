package app.floorplan.core.practice;

/** Field keys of the practice log, for messages next to the right field. */
public final class PracticeFields {

    public static final String PAIN = "practice.pain";
    public static final String EFFORT = "practice.effort";
    public static final String SYMPTOMS_OTHER = "practice.symptoms.other";
    public static final String EXERCISES = "practice.exercises";
    public static final String DATE = "practice.date";
    public static final String SESSION = "practice.session";

    private PracticeFields() {}

    /** Key of the "other" symptom text of one exercise, by its place in the program (0-based). */
    public static String exerciseOther(int position) {
        return "practice.exercises[" + position + "].symptoms.other";
    }

    /** Key of how one exercise went, by its place in the program (0-based). */
    public static String exerciseCompletion(int position) {
        return "practice.exercises[" + position + "].completion";
    }
}
