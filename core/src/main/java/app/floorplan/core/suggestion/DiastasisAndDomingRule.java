package app.floorplan.core.suggestion;

import static app.floorplan.core.assessment.FindingKind.DIASTASIS;
import static app.floorplan.core.assessment.FindingKind.DOMING_UNDER_LOAD;
import static app.floorplan.core.assessment.FindingKind.SEVERE_DIASTASIS;

import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import java.util.ArrayList;
import java.util.Set;

/**
 * Diastasis recti or doming under load: the abdominal wall does not yet manage pressure, so the deep core (TVA) is
 * retrained from phase 1-2 and loaded trunk flexion waits. Doming, a severe gap or untested doming start in phase 1
 * (reconnect first); a gap controlled without doming can start in phase 2.
 */
final class DiastasisAndDomingRule implements SuggestionRule {

    static final String NO_LOADED_FLEXION = "Avoid crunches, sit-ups and other loaded trunk curls until the gap is"
            + " managed without doming; make any exercise that causes doming smaller or easier";

    private static final Set<FindingKind> TRIGGERS = Set.of(DIASTASIS, SEVERE_DIASTASIS, DOMING_UNDER_LOAD);

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var because = input.reasonsFor(TRIGGERS);
        if (because.isEmpty()) {
            return RuleOutcome.none();
        }
        var outcome = RuleOutcome.builder();
        if (input.has(DOMING_UNDER_LOAD) || input.has(SEVERE_DIASTASIS)) {
            outcome.phase(ProgramPhase.BREATH_AND_CONNECTION, because);
        } else if (input.notAssessed(FindingArea.DOMING)) {
            var untested = new ArrayList<>(because);
            untested.add("Doming under load not tested: start by reconnecting");
            outcome.phase(ProgramPhase.BREATH_AND_CONNECTION, untested);
        } else {
            var controlled = new ArrayList<>(because);
            controlled.add("No doming in the tested tasks");
            outcome.phase(ProgramPhase.STABILITY, controlled);
        }
        return outcome.exercise(LibraryCodes.TVA_DRAW_IN_WITH_BREATH, because)
                .exercise(LibraryCodes.HEEL_SLIDES, because)
                .exercise(LibraryCodes.WALL_BUG_PRESS, because)
                .advice(DailyLifeAdvice.GETTING_IN_AND_OUT_OF_BED, because)
                .precaution(NO_LOADED_FLEXION, because)
                .build();
    }
}
