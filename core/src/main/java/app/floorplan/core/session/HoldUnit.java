package app.floorplan.core.session;

/** How a hold is timed: by a clock, or by breaths with the breath pacer. */
public enum HoldUnit {
    SECONDS,
    BREATHS
}
