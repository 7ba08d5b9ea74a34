package app.floorplan.core.progress;

/** Whose alerts the PT sees. */
public enum AlertScope {
    /** Patients assigned to her, and those with no assigned PT. */
    MINE,
    /** Every patient of the clinic, hers first. */
    ALL
}
