package app.floorplan.core.assessment;

import java.time.Instant;

/**
 * One side of a comparison: the assessment and when it was first recorded, which orders two visits on the same day and
 * tells them apart on screen.
 *
 * @param recordedAt when the first version was recorded (a correction later does not move the visit)
 */
public record ComparedVisit(Assessment assessment, Instant recordedAt) {}
