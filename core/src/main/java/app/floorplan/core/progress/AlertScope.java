package app.floorplan.core.progress;

/** Whose alerts the PT sees. */
public enum AlertScope {
    /** Patients assigned to her. */
    MINE,
    /** Every patient of the clinic, hers first. */
    ALL
}
