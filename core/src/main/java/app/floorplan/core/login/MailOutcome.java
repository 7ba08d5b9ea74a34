package app.floorplan.core.login;

/** What became of an e-mail with a login link. Every outcome but {@link #SENT} means: show the link instead. */
public enum MailOutcome {
    SENT,
    /** No SMTP server is configured. */
    NOT_CONFIGURED,
    /** The SMTP server refused or could not be reached. */
    FAILED
}
