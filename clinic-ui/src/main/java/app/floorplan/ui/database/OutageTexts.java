package app.floorplan.ui.database;

/**
 * What a person reads while the database cannot be reached: what happened, that nothing was saved or lost, and what
 * to do. One place, so every screen says it the same way.
 */
public final class OutageTexts {

    /** After a click, a save or a search: the form is left as it was, so nothing typed is lost. */
    public static final String ACTION = "FloorPlan cannot reach its database just now, so nothing was saved. What you"
            + " entered is still here: try again in a minute. If this keeps happening, tell your clinic's"
            + " administrator.";

    /** When a page cannot be opened. */
    public static final String PAGE = "FloorPlan cannot reach its database just now, so this page cannot be shown."
            + " Nothing you saved before is lost. Try again in a minute; if this keeps happening, tell your clinic's"
            + " administrator.";

    /** Where a list stood that can no longer be loaded. */
    public static final String LIST =
            "The list cannot be shown: FloorPlan cannot reach its database just now. Try" + " again in a minute.";

    /** At the login: the password was not checked, so the attempt does not count as a failed one. */
    public static final String LOGIN = "FloorPlan cannot reach its database just now, so your password could not be"
            + " checked. Try again in a minute.";

    private OutageTexts() {}
}
