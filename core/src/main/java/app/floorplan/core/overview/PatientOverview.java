package app.floorplan.core.overview;

import app.floorplan.core.assessment.Finding;
import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.WeeksPostpartum;
import app.floorplan.core.patient.Patient;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The overview of one patient for her PT.
 *
 * @param latestFindings findings of the newest assessment, each with its reason
 * @param notAssessed parts the newest assessment skipped: shown so that "no finding" is never read as "normal"
 */
public record PatientOverview(
        Patient patient,
        boolean intakeRecorded,
        Optional<WeeksPostpartum> weeksPostpartum,
        Set<RedFlag> unresolvedRedFlags,
        Optional<LocalDate> latestAssessmentDate,
        List<Finding> latestFindings,
        Set<FindingArea> notAssessed,
        List<NextStep> nextSteps) {

    public PatientOverview {
        unresolvedRedFlags = Set.copyOf(unresolvedRedFlags);
        latestFindings = List.copyOf(latestFindings);
        notAssessed = Set.copyOf(notAssessed);
        nextSteps = List.copyOf(nextSteps);
    }
}
