package app.floorplan.core.suggestion;

import static app.floorplan.core.assessment.FindingKind.DIASTASIS;
import static app.floorplan.core.assessment.FindingKind.DOMING_UNDER_LOAD;
import static app.floorplan.core.assessment.FindingKind.SEVERE_DIASTASIS;

import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Diastasis recti or doming under load: the abdominal wall does not yet manage pressure, so the deep core (TVA) is
 * trained for support and control, and loaded trunk flexion waits. Doming, a severe gap or untested doming start in
 * phase 1 (reconnect first); a gap controlled without doming can start in phase 2. The rule proposes only exercises of
 * the phase it calls for or below: in phase 1 the wall bug press with both feet down, in phase 2 also its tabletop
 * version.
 *
 * <p>Clinic rule. Deep core training is suggested for support and control, not to close the gap: abdominal exercise
 * narrows it by about 0.4 cm, not a clinically significant change [BENJAMIN-2023], the evidence for deep abdominal
 * training in particular is of very low quality [GLUPPE-2021], and a postnatal programme did not change how many women
 * had a diastasis [GLUPPE-2018].
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
        ProgramPhase phase;
        if (input.has(DOMING_UNDER_LOAD) || input.has(SEVERE_DIASTASIS)) {
            phase = ProgramPhase.BREATH_AND_CONNECTION;
            outcome.phase(phase, because);
        } else if (input.notAssessed(FindingArea.DOMING)) {
            phase = ProgramPhase.BREATH_AND_CONNECTION;
            var untested = new ArrayList<>(because);
            untested.add("Doming under load not tested: start by reconnecting");
            outcome.phase(phase, untested);
        } else {
            phase = ProgramPhase.STABILITY;
            var controlled = new ArrayList<>(because);
            controlled.add("No doming in the tested tasks");
            outcome.phase(phase, controlled);
        }
        exercisesUpTo(phase).forEach(code -> outcome.exercise(code, because));
        return outcome.advice(DailyLifeAdvice.GETTING_IN_AND_OUT_OF_BED, because)
                .precaution(NO_LOADED_FLEXION, because)
                .build();
    }

    private static List<ExerciseCode> exercisesUpTo(ProgramPhase phase) {
        var codes = new ArrayList<>(
                List.of(LibraryCodes.TVA_DRAW_IN_WITH_BREATH, LibraryCodes.HEEL_SLIDES, LibraryCodes.WALL_BUG_PRESS));
        if (phase.number() >= ProgramPhase.STABILITY.number()) {
            codes.add(LibraryCodes.WALL_BUG_PRESS_TABLETOP);
        }
        return codes;
    }
}
