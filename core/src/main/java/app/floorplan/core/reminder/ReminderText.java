package app.floorplan.core.reminder;

/**
 * The words of a reminder: the same for everyone, with nothing about her health, her plan or her clinic, since a
 * notification shows on a locked screen and an e-mail may be read by others.
 */
public final class ReminderText {

    public static final String TITLE = "Time for your FloorPlan practice";
    public static final String BODY = "Open FloorPlan when you are ready.";
    public static final String MAIL_FOOTER = "You get this because you turned on practice reminders in FloorPlan."
            + " To change or stop them, open FloorPlan and choose Reminders.";

    private ReminderText() {}
}
