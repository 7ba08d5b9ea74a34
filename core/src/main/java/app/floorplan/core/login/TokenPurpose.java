package app.floorplan.core.login;

/** What a one-time login link is for; a link works only on the page of its purpose. */
public enum TokenPurpose {
    /** First password of a new login; redeeming it enables the login. */
    ACTIVATION,
    /** A new password for an existing, enabled login. */
    RESET
}
