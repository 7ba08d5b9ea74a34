package app.floorplan.core.questionnaire;

/** Form field keys of questionnaire entry: refusals name these, and the forms put each message next to its field. */
public final class QuestionnaireFields {

    public static final String ANSWERS = "questionnaire.answers";
    public static final String ANSWERED_ON = "questionnaire.answeredOn";
    public static final String INSTRUMENT = "questionnaire.instrument";
    public static final String STARTS_ON = "questionnaire.startsOn";
    public static final String REPEAT_WEEKS = "questionnaire.repeatWeeks";

    private QuestionnaireFields() {}

    /** The score of an item, e.g. {@code "questionnaire.item.7"}; item 0 is an entered total. */
    public static String item(int number) {
        return "questionnaire.item." + number;
    }

    /** The activity a patient named for a PSFS item. */
    public static String activity(int number) {
        return "questionnaire.item." + number + ".activity";
    }
}
