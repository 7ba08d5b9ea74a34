package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.ProgramPhase;
import java.util.Set;

/**
 * A weak pelvic floor (the assessment's finding carries the grade and says how it is judged): endurance holds and quick
 * flicks train qualities the PERFECT scheme measures beyond power [LAYCOCK-2001], from phase 1; pelvic floor muscle
 * training is the first treatment of pelvic floor dysfunction [NICE-NG210]. When the pelvic floor also does not let
 * go, {@link HighTonePelvicFloorRule} withholds them.
 */
final class WeakPelvicFloorRule implements SuggestionRule {

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var because = input.reasonsFor(Set.of(FindingKind.PELVIC_FLOOR_WEAK));
        if (because.isEmpty()) {
            return RuleOutcome.none();
        }
        return RuleOutcome.builder()
                .phase(ProgramPhase.BREATH_AND_CONNECTION, because)
                .exercise(LibraryCodes.PELVIC_FLOOR_ENDURANCE_HOLDS, because)
                .exercise(LibraryCodes.PELVIC_FLOOR_QUICK_FLICKS, because)
                .build();
    }
}
