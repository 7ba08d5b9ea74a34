package app.floorplan.core.progress;

import java.time.LocalDate;

/** How hard a session felt to her on a day, on FloorPlan's own 0-10 effort rating ({@code EffortRating}). */
public record EffortPoint(LocalDate day, int effort) {}
