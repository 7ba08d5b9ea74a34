package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.ProgramPhase;
import java.util.Set;

/**
 * A weak pelvic floor (Modified Oxford Scale &lt;= 2, Laycock; the assessment's finding carries the grade): endurance
 * holds and quick flicks train the two qualities the PERFECT scheme (Laycock &amp; Jerwood 2001) measures beyond power,
 * from phase 1. When the pelvic floor also does not let go, {@link HighTonePelvicFloorRule} withholds them.
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
