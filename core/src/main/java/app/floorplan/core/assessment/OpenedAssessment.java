package app.floorplan.core.assessment;

import java.util.List;

/**
 * An assessment as a PT opens it: the current version, what it shows, and every version that led to it.
 *
 * @param versions oldest first; all but the last are marked replaced
 */
public record OpenedAssessment(
        AssessedPatient patient,
        Assessment current,
        String therapistName,
        AssessmentFindings findings,
        List<AssessmentVersion> versions) {

    public OpenedAssessment {
        versions = List.copyOf(versions);
    }
}
