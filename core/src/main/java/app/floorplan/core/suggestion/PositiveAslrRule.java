package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.ProgramPhase;
import java.util.Set;

/**
 * A positive active straight leg raise (total &gt;= 1, [MENS-2001]) shows poor load transfer through the pelvis: the
 * lateral core and the glutes that stabilise it are trained in phase 2 (stability). Which exercises is a clinic rule;
 * pelvic girdle pain is treated with individualised exercise [VLEEMING-2008].
 */
final class PositiveAslrRule implements SuggestionRule {

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var because = input.reasonsFor(Set.of(FindingKind.ASLR_POSITIVE));
        if (because.isEmpty()) {
            return RuleOutcome.none();
        }
        return RuleOutcome.builder()
                .phase(ProgramPhase.STABILITY, because)
                .exercise(LibraryCodes.MODIFIED_SIDE_PLANK, because)
                .exercise(LibraryCodes.GLUTE_BRIDGE, because)
                .build();
    }
}
