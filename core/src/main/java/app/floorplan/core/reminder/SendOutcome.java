package app.floorplan.core.reminder;

/** What became of one reminder on one channel. */
public enum SendOutcome {
    SENT,
    /** The push service no longer knows the device (she uninstalled, or cleared the browser): forget it. */
    GONE,
    /** Not configured (no e-mail server) or the service refused or could not be reached. */
    FAILED
}
