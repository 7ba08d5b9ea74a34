package app.floorplan.core.suggestion;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.intake.PrescriptionDecision;
import java.util.List;
import java.util.Map;

/**
 * What a PT sees beside a patient's program while writing it: whose program it is, whether the intake clears her for
 * exercise at all, the suggestion from her findings, the exercises the clinic can add and the names of the clinic's
 * staff (the authors of the versions).
 */
public record PlanningAids(
        String patientName,
        PrescriptionDecision clearance,
        ProgramSuggestion suggestion,
        List<Exercise> choices,
        Map<AccountId, String> staffNames) {

    public PlanningAids {
        choices = List.copyOf(choices);
        staffNames = Map.copyOf(staffNames);
    }

    /** The author of a version by name; an account of another clinic or a deleted one reads "Unknown author". */
    public String authorName(AccountId author) {
        return staffNames.getOrDefault(author, "Unknown author");
    }
}
