package app.floorplan.core.diary;

/** Form field keys of the diary: refusals name these, and the forms put each message next to its field. */
public final class DiaryFields {

    public static final String DATE = "diary.date";
    public static final String TIME = "diary.time";
    public static final String ENTRY = "diary.entry";
    public static final String DRINK = "diary.drinkMl";
    public static final String VOIDED = "diary.voidedMl";
    public static final String URGENCY = "diary.urgency";
    public static final String STOOL_TYPE = "diary.stoolType";
    /** What she was doing when she leaked; the phone form asks for it whenever she ticks a leak. */
    public static final String LEAK_TRIGGER = "diary.leakTrigger";

    public static final String STARTS_ON = "diary.startsOn";
    public static final String DAYS = "diary.days";

    private DiaryFields() {}
}
