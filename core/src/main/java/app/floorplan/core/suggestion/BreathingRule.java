package app.floorplan.core.suggestion;

import static app.floorplan.core.assessment.FindingKind.BREATH_HOLDING_ON_EFFORT;
import static app.floorplan.core.assessment.FindingKind.EXHALE_NOT_COORDINATED_WITH_EFFORT;
import static app.floorplan.core.assessment.FindingKind.PARADOXICAL_BREATHING;
import static app.floorplan.core.assessment.FindingKind.UPPER_CHEST_DOMINANT_BREATHING;

import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.ProgramPhase;
import java.util.Set;

/**
 * Breathing that does not support the deep core. A paradoxical or upper-chest pattern is retrained with 360° breathing
 * in phase 1, since diaphragm, deep core and pelvic floor move together with each breath. Holding the breath or not
 * exhaling on effort raises pressure on the abdominal wall and pelvic floor: "exhale on effort" is practised in a
 * daily movement and applies to every exercise. Clinic rule (the domain brief's clinical model; no published source
 * gives these pairings).
 */
final class BreathingRule implements SuggestionRule {

    static final String EXHALE_ON_EFFORT =
            "Exhale on effort in every exercise and every lift: no holding the breath or bearing down";

    private static final Set<FindingKind> PATTERN = Set.of(PARADOXICAL_BREATHING, UPPER_CHEST_DOMINANT_BREATHING);
    private static final Set<FindingKind> EFFORT = Set.of(BREATH_HOLDING_ON_EFFORT, EXHALE_NOT_COORDINATED_WITH_EFFORT);

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var pattern = input.reasonsFor(PATTERN);
        var effort = input.reasonsFor(EFFORT);
        var outcome = RuleOutcome.builder();
        if (!pattern.isEmpty()) {
            outcome.phase(ProgramPhase.BREATH_AND_CONNECTION, pattern)
                    .exercise(LibraryCodes.DIAPHRAGMATIC_BREATHING, pattern);
        }
        if (!effort.isEmpty()) {
            if (pattern.isEmpty()) {
                outcome.phase(ProgramPhase.STABILITY, effort);
            }
            outcome.exercise(LibraryCodes.SIT_TO_STAND_WITH_EXHALE, effort).precaution(EXHALE_ON_EFFORT, effort);
        }
        return outcome.build();
    }
}
