package app.floorplan.core.program;

/**
 * Field keys of a home program in {@link app.floorplan.core.validation.Violation}s. List entries carry their 0-based
 * position, e.g. {@code "program.goals[0]"}; an item's dosage uses the keys of
 * {@link app.floorplan.core.exercise.dosage.DosageFields} under the item, e.g. {@code "program.items[3].dosage.sets"}.
 */
public final class ProgramFields {

    /** The program as a whole, e.g. a prescription blocked by unresolved red flags or a revision that changes nothing. */
    public static final String PROGRAM = "program";

    public static final String PHASE = "program.phase";
    public static final String GOALS = "program.goals";
    public static final String ITEMS = "program.items";
    public static final String FREE_TEXT_ADVICE = "program.freeTextAdvice";
    public static final String NUMBER = "program.number";
    public static final String REASON = "program.reason";
    public static final String TEMPLATE_NAME = "template.name";

    private ProgramFields() {}

    /** {@code "program.goals[index]"}. */
    public static String goal(int index) {
        return GOALS + "[" + index + "]";
    }

    /** {@code "program.items[position]"}: the item as a whole, e.g. a precaution that refuses it. */
    public static String item(int position) {
        return ITEMS + "[" + position + "]";
    }

    /** {@code "program.items[position].exercise"}. */
    public static String itemExercise(int position) {
        return item(position) + ".exercise";
    }

    /** {@code "program.items[position].note"}. */
    public static String itemNote(int position) {
        return item(position) + ".note";
    }

    /** A dosage key under the item, e.g. {@code itemDosage(3, "dosage.sets")} is {@code "program.items[3].dosage.sets"}. */
    public static String itemDosage(int position, String dosageField) {
        return item(position) + "." + dosageField;
    }
}
