package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.program.ProgramContentDraft;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A suggested home program for the PT to review: nothing in it is applied until the PT accepts it, item by item, and
 * edits the resulting form.
 *
 * @param items suggested exercises, easier phases first
 * @param withheld exercises a rule proposed but another rule or a precaution keeps out, with the reason
 * @param notAssessed areas the latest assessment skipped: no suggestion there does not mean nothing is wrong
 * @param referrals who else should see the patient: advice to the PT, not part of the program
 */
public record ProgramSuggestion(
        SuggestedPhase phase,
        List<SuggestedItem> items,
        List<WithheldItem> withheld,
        List<SuggestedAdvice> advice,
        List<SuggestedPrecaution> precautions,
        Set<FindingArea> notAssessed,
        List<SuggestedReferral> referrals) {

    public ProgramSuggestion {
        items = List.copyOf(items);
        withheld = List.copyOf(withheld);
        advice = List.copyOf(advice);
        precautions = List.copyOf(precautions);
        notAssessed = Set.copyOf(notAssessed);
        referrals = List.copyOf(referrals);
    }

    /**
     * A program form with the suggested phase, the accepted exercises (in suggestion order, with their default dosage)
     * and the accepted advice; the PT edits it further before saving. Ids or advice that are not part of this
     * suggestion are ignored.
     */
    public ProgramContentDraft accept(Set<SuggestedItemId> acceptedItems, Set<DailyLifeAdvice> acceptedAdvice) {
        var draft = new ProgramContentDraft().phase(phase.phase());
        items.stream()
                .filter(item -> acceptedItems.contains(item.id()))
                .forEach(item -> draft.addItem(item.exercise(), item.dosage().toBuilder(), ""));
        return draft.advice(advice.stream()
                .map(SuggestedAdvice::advice)
                .filter(acceptedAdvice::contains)
                .collect(Collectors.toSet()));
    }
}
