package app.floorplan.core.progress;

/** What an alert is about: one logged day with all its reasons, or a silence with no log. */
public enum AlertSubject {
    /** A day she logged that gave one or more reasons; acknowledged once for all of them. */
    LOGGED_DAY,
    /** Nothing logged for the configured number of days while a program is active. */
    NO_RECENT_LOG
}
