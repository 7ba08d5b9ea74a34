package app.floorplan.core.progress;

/**
 * The PT's open alerts for the navigation badge: counts only, no health data.
 *
 * @param open alerts waiting for acknowledgement
 * @param urgent how many of them are urgent
 */
public record OpenAlerts(int open, int urgent) {

    public OpenAlerts {
        if (open < 0 || urgent < 0 || urgent > open) {
            throw new IllegalArgumentException("0 <= urgent <= open, got " + urgent + " of " + open);
        }
    }
}
