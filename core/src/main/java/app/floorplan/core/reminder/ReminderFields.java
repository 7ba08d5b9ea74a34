package app.floorplan.core.reminder;

/** Field keys of the reminder settings, for messages next to the right input. */
public final class ReminderFields {

    public static final String DAYS = "reminders.days";
    public static final String TIME = "reminders.time";
    public static final String CHANNELS = "reminders.channels";
    public static final String DEVICE = "reminders.device";

    private ReminderFields() {}
}
