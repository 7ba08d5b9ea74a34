package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.Caution;
import app.floorplan.core.program.RecordedConditions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Faecal or flatus incontinence, or a third- or fourth-degree tear at the latest birth: advice to refer. Bowel control
 * that is not normal goes to a specialist service [NICE-CG49]; a tear of the anal sphincter is reviewed at a perineal
 * clinic around 6-12 weeks after the birth and again while symptoms remain ([RCOG-GTG29]; [ACSQHC-2021]), and supervised
 * pelvic floor muscle training is considered after it [NICE-NG210]. Exercises with a deep squat or a heavier load are
 * held back by their caution (clinic rule).
 */
final class AnalSphincterRule implements SuggestionRule {

    static final String NO_HEAVY_LOAD_YET = "No deep squats or heavier lifting and carrying until the review after the"
            + " tear has cleared them (clinic rule: no source gives a limit)";

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var incontinence = input.reasonsFor(Set.of(FindingKind.ANAL_INCONTINENCE));
        var tear = RecordedConditions.of(input.context()).fact(Caution.SEVERE_PERINEAL_TEAR);
        if (incontinence.isEmpty() && tear.isEmpty()) {
            return RuleOutcome.none();
        }
        var outcome = RuleOutcome.builder();
        if (!incontinence.isEmpty()) {
            outcome.referral(Referral.BOWEL_CONTROL_SPECIALIST, incontinence);
        }
        tear.ifPresent(fact -> {
            var because = new ArrayList<>(List.of(fact));
            because.addAll(incontinence);
            var training = List.of(fact + ": consider supervised pelvic floor muscle training [NICE-NG210]");
            outcome.referral(Referral.PERINEAL_CLINIC, because)
                    .exercise(LibraryCodes.PELVIC_FLOOR_ENDURANCE_HOLDS, training)
                    .exercise(LibraryCodes.PELVIC_FLOOR_QUICK_FLICKS, training)
                    .precaution(NO_HEAVY_LOAD_YET, List.of(fact));
        });
        return outcome.build();
    }
}
