package app.floorplan.core.export;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.safety.GetHelpNow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a home program as a handout: everything the patient needs at home without the app. The PT prints the
 * current version or an earlier one; the patient prints her current one. Free text (goals, notes, advice, reason) is
 * the PT's words, which a renderer prints as text, never as markup.
 *
 * @param version the program's version number, 1 for the first prescription
 * @param current whether this is the version the patient follows now
 * @param prescribedOn the clinic's calendar day this version was prescribed
 * @param replacedOn the day the next version replaced it; empty for the current version
 * @param prescribedBy the PT who prescribed this version
 * @param reasonForPatient the reason for this version when the PT shared it with the patient
 */
public record PlanDocument(
        String clinicName,
        String patientName,
        int version,
        boolean current,
        LocalDate prescribedOn,
        Optional<LocalDate> replacedOn,
        String prescribedBy,
        ProgramPhase phase,
        List<String> goals,
        List<PlanItem> items,
        List<DailyLifeAdvice> advice,
        Optional<String> otherAdvice,
        Optional<String> reasonForPatient,
        GetHelpNow getHelpNow) {

    public PlanDocument {
        goals = List.copyOf(goals);
        items = List.copyOf(items);
        advice = List.copyOf(advice);
    }

    /** A box per exercise and day for four weeks. */
    public TickSheet tickSheet() {
        return new TickSheet(items.stream()
                .map(item -> item.shown().number() + ". " + item.shown().name())
                .toList());
    }
}
