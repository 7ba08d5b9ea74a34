package app.floorplan.core.assessment;

/**
 * Breathing: the pattern, rib expansion and how breath is used on effort.
 *
 * @param breathHoldingOnEffort holds the breath or bears down when lifting or straining
 * @param exhaleCoordinatedWithEffort breathes out on the effort phase
 */
public record BreathingSection(
        BreathingPattern pattern,
        RibExpansion lateralRibExpansion,
        RibExpansion posteriorRibExpansion,
        boolean breathHoldingOnEffort,
        boolean exhaleCoordinatedWithEffort) {}
