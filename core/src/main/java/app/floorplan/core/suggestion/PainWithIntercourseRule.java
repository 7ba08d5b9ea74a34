package app.floorplan.core.suggestion;

import static app.floorplan.core.assessment.FindingKind.PAIN_WITH_INTERCOURSE;
import static app.floorplan.core.assessment.FindingKind.PELVIC_FLOOR_HIGH_TONE;
import static app.floorplan.core.assessment.FindingKind.PELVIC_FLOOR_INCOMPLETE_RELAXATION;

import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.exercise.ExerciseCategory;
import java.util.Set;

/**
 * Pain with intercourse reported in the pelvic floor section: it goes with an overactive pelvic floor, which is
 * down-trained (relaxation, breathing) rather than strengthened [BERGHMANS-2018]. Strengthening is withheld, whichever
 * rule proposed it, until an internal exam at the latest visit shows normal tone and full relaxation.
 */
final class PainWithIntercourseRule implements SuggestionRule {

    static final String DOWN_TRAINING_FIRST =
            "Relaxation (down-training) before strengthening while sex is painful [BERGHMANS-2018]";

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var because = input.reasonsFor(Set.of(PAIN_WITH_INTERCOURSE));
        if (because.isEmpty()) {
            return RuleOutcome.none();
        }
        var outcome = RuleOutcome.builder()
                .exercise(LibraryCodes.PELVIC_FLOOR_RELAXATION_BREATHING, because)
                .precaution(DOWN_TRAINING_FIRST, because);
        if (!examShowsItLetsGo(input)) {
            outcome.exclude(
                    exercise -> exercise.category() == ExerciseCategory.PELVIC_FLOOR_STRENGTH,
                    "Pelvic floor strengthening waits until an internal exam shows the pelvic floor relaxes fully: "
                            + String.join("; ", because));
        }
        return outcome.build();
    }

    private static boolean examShowsItLetsGo(SuggestionInput input) {
        return !input.notAssessed(FindingArea.PELVIC_FLOOR_INTERNAL_EXAM)
                && !input.has(PELVIC_FLOOR_HIGH_TONE)
                && !input.has(PELVIC_FLOOR_INCOMPLETE_RELAXATION);
    }
}
