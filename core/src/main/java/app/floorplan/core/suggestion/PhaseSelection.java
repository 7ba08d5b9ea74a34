package app.floorplan.core.suggestion;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.suggestion.RuleOutcome.PhaseCall;
import java.util.Comparator;
import java.util.List;

/**
 * The suggested phase: the lowest phase any rule calls for, so the program starts where the weakest link is, and never
 * above stability while the abdominal wall domes or the pelvic floor does not let go ({@link PhaseCeiling}).
 */
final class PhaseSelection {

    private PhaseSelection() {}

    static SuggestedPhase select(List<PhaseCall> calls, SuggestionInput input) {
        var lowest = calls.stream().map(PhaseCall::phase).min(Comparator.comparingInt(ProgramPhase::number));
        if (lowest.isEmpty()) {
            return new SuggestedPhase(
                    ProgramPhase.BREATH_AND_CONNECTION,
                    List.of("No finding calls for a particular phase: the progression starts with breath and"
                            + " connection"));
        }
        if (input.ceiling().keepsOut(lowest.get())) {
            return new SuggestedPhase(PhaseCeiling.CEILING, input.ceiling().reasons());
        }
        return new SuggestedPhase(
                lowest.get(),
                calls.stream()
                        .filter(call -> call.phase() == lowest.get())
                        .flatMap(call -> call.because().stream())
                        .distinct()
                        .toList());
    }
}
