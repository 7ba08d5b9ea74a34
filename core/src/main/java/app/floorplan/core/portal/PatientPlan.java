package app.floorplan.core.portal;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The patient's current plan, and only what she is meant to see of it: no earlier versions, no assessment details, and
 * the reason for the latest change only when her physiotherapist chose to share it.
 *
 * @param changedOn the clinic's calendar day the current version was prescribed
 * @param reasonForChange the physiotherapist's reason for the latest change, when shared with her
 */
public record PatientPlan(
        ProgramPhase phase,
        List<String> goals,
        List<PlanExercise> exercises,
        List<DailyLifeAdvice> advice,
        Optional<String> otherAdvice,
        LocalDate changedOn,
        Optional<String> reasonForChange) {

    public PatientPlan {
        goals = List.copyOf(goals);
        exercises = List.copyOf(exercises);
        advice = List.copyOf(advice);
    }
}
