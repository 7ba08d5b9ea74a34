package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import java.util.Set;

/** Urge incontinence reported in the pelvic floor section: bladder training is the first treatment [NICE-NG123]. */
final class UrgeIncontinenceRule implements SuggestionRule {

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var because = input.reasonsFor(Set.of(FindingKind.URGE_INCONTINENCE));
        if (because.isEmpty()) {
            return RuleOutcome.none();
        }
        return RuleOutcome.builder()
                .advice(DailyLifeAdvice.BLADDER_TRAINING, because)
                .build();
    }
}
