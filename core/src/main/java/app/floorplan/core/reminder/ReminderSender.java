package app.floorplan.core.reminder;

/** Port: sends the reminder text ({@link ReminderText}) by Web Push or e-mail. */
public interface ReminderSender {

    SendOutcome push(PushDevice device);

    SendOutcome email(String address);

    /** Whether an e-mail server is set up, so e-mail reminders can be offered. */
    boolean emailAvailable();
}
