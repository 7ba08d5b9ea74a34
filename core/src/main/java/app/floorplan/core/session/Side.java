package app.floorplan.core.session;

/** Which side of a per-side exercise a step is for. Exercises differ in which side comes first, so no left/right. */
public enum Side {
    FIRST,
    SECOND
}
