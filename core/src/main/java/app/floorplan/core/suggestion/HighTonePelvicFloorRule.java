package app.floorplan.core.suggestion;

import static app.floorplan.core.assessment.FindingKind.PELVIC_FLOOR_HIGH_TONE;
import static app.floorplan.core.assessment.FindingKind.PELVIC_FLOOR_INCOMPLETE_RELAXATION;

import app.floorplan.core.exercise.ExerciseCategory;
import app.floorplan.core.exercise.ProgramPhase;
import java.util.Set;

/**
 * A high-tone or poorly relaxing pelvic floor needs down-training (relaxation, breathing), not more strengthening
 * ([BERGHMANS-2018] on pelvic floor overactivity; withholding strengthening meanwhile is a clinic rule). The rule
 * suggests relaxation work in phase 1 and withholds every pelvic floor strengthening exercise, whichever rule proposed
 * it, with the reason.
 */
final class HighTonePelvicFloorRule implements SuggestionRule {

    static final String NO_STRENGTHENING = "No pelvic floor strengthening for now: relaxation and breathing first,"
            + " until the pelvic floor lets go fully after each contraction";

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var because = input.reasonsFor(Set.of(PELVIC_FLOOR_HIGH_TONE, PELVIC_FLOOR_INCOMPLETE_RELAXATION));
        if (because.isEmpty()) {
            return RuleOutcome.none();
        }
        return RuleOutcome.builder()
                .phase(ProgramPhase.BREATH_AND_CONNECTION, because)
                .exercise(LibraryCodes.PELVIC_FLOOR_RELAXATION_BREATHING, because)
                .exercise(LibraryCodes.CHILD_POSE_BREATHING, because)
                .precaution(NO_STRENGTHENING, because)
                .exclude(
                        exercise -> exercise.category() == ExerciseCategory.PELVIC_FLOOR_STRENGTH,
                        "Pelvic floor strengthening waits while the pelvic floor does not let go: "
                                + String.join("; ", because))
                .build();
    }
}
