package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.suggestion.RuleOutcome.PhaseCall;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The suggested phase: the lowest phase any rule calls for, so the program starts where the weakest link is, and never
 * above stability while the abdominal wall domes or the pelvic floor does not let go.
 */
final class PhaseSelection {

    // Domain brief: doming means regress or hold, and a high-tone pelvic floor gets relaxation work; dynamic control
    // (phase 3) and strength (phase 4) load both, so they wait until these findings resolve.
    static final ProgramPhase CEILING_WHILE_DOMING_OR_HIGH_TONE = ProgramPhase.STABILITY;

    private static final Set<FindingKind> CEILING_FINDINGS = Set.of(
            FindingKind.DOMING_UNDER_LOAD,
            FindingKind.PELVIC_FLOOR_HIGH_TONE,
            FindingKind.PELVIC_FLOOR_INCOMPLETE_RELAXATION);

    private PhaseSelection() {}

    static SuggestedPhase select(List<PhaseCall> calls, SuggestionInput input) {
        var lowest = calls.stream().map(PhaseCall::phase).min(Comparator.comparingInt(ProgramPhase::number));
        if (lowest.isEmpty()) {
            return new SuggestedPhase(
                    ProgramPhase.BREATH_AND_CONNECTION,
                    List.of("No finding calls for a particular phase: the progression starts with breath and"
                            + " connection"));
        }
        var ceilingReasons = input.reasonsFor(CEILING_FINDINGS);
        if (lowest.get().number() > CEILING_WHILE_DOMING_OR_HIGH_TONE.number() && !ceilingReasons.isEmpty()) {
            return new SuggestedPhase(CEILING_WHILE_DOMING_OR_HIGH_TONE, ceilingReasons);
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
