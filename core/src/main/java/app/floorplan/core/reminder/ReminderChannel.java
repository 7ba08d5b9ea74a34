package app.floorplan.core.reminder;

/** How a reminder reaches her. */
public enum ReminderChannel {
    /** A notification on the phones and browsers where she allowed them (Web Push). */
    PUSH,
    /** An e-mail to the address her clinic has for her, when the clinic has set up e-mail. */
    EMAIL
}
