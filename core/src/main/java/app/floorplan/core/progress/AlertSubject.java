package app.floorplan.core.progress;

/**
 * What an alert is about: one logged day with all its reasons, a silence with no log, or an outcome questionnaire
 * answered with thoughts of self-harm.
 */
public enum AlertSubject {
    /** A day she logged that gave one or more reasons; acknowledged once for all of them. */
    LOGGED_DAY,
    /** Nothing logged for the configured number of days while a program is active. */
    NO_RECENT_LOG,
    /**
     * An EPDS response with item 10 (thoughts of self-harm) above 0, from her phone or a paper copy the PT entered; one
     * per answer day, acknowledged once. Always urgent ({@link app.floorplan.core.questionnaire.SelfHarmAnswer}).
     */
    SELF_HARM_ANSWER
}
