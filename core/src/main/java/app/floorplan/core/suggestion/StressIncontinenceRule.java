package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import java.util.Set;

/**
 * Stress urinary incontinence reported in the pelvic floor section, with or without an internal exam: supervised
 * pelvic floor muscle training is the first treatment, for at least 3 months [NICE-NG210], with endurance holds and
 * quick flicks (the qualities of [LAYCOCK-2001]) and the squeeze before a cough for daily life [MILLER-1998]. When the
 * pelvic floor does not let go, {@link HighTonePelvicFloorRule} withholds the strengthening.
 */
final class StressIncontinenceRule implements SuggestionRule {

    static final String SUPERVISED_TRAINING = "Supervise the pelvic floor muscle training: a programme of at least 3"
            + " months, reviewed during it and at its end [NICE-NG210]";

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var because = input.reasonsFor(Set.of(FindingKind.STRESS_URINARY_INCONTINENCE));
        if (because.isEmpty()) {
            return RuleOutcome.none();
        }
        return RuleOutcome.builder()
                .exercise(LibraryCodes.PELVIC_FLOOR_ENDURANCE_HOLDS, because)
                .exercise(LibraryCodes.PELVIC_FLOOR_QUICK_FLICKS, because)
                .advice(DailyLifeAdvice.COUGHING_AND_SNEEZING, because)
                .precaution(SUPERVISED_TRAINING, because)
                .build();
    }
}
