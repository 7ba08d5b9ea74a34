package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import java.util.Set;

/**
 * Bulge or heaviness reported in the pelvic floor section (prolapse symptoms): an examination for prolapse with a
 * pessary as an option ([NICE-NG123]; [NICE-NG210]), supervised pelvic floor muscle training for at least 4 months and
 * heavy lifting kept to a minimum [NICE-NG210]. Exercises with a lifted or carried load are held back by their
 * caution.
 */
final class ProlapseSymptomsRule implements SuggestionRule {

    static final String LIGHT_LOADS = "Keep lifted and carried loads light and breathe out on effort; pelvic floor"
            + " muscle training for at least 4 months, supervised [NICE-NG210]";

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var because = input.reasonsFor(Set.of(FindingKind.PROLAPSE_SYMPTOMS));
        if (because.isEmpty()) {
            return RuleOutcome.none();
        }
        return RuleOutcome.builder()
                .referral(Referral.PROLAPSE_ASSESSMENT, because)
                .exercise(LibraryCodes.PELVIC_FLOOR_ENDURANCE_HOLDS, because)
                .exercise(LibraryCodes.PELVIC_FLOOR_QUICK_FLICKS, because)
                .advice(DailyLifeAdvice.PELVIC_FLOOR_LOAD, because)
                .precaution(LIGHT_LOADS, because)
                .build();
    }
}
