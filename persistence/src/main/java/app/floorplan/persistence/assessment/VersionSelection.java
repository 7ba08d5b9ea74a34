package app.floorplan.persistence.assessment;

import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.identity.PatientId;
import java.util.Map;

/**
 * Which versions to load, as a condition on {@code assessment_version v}. Every section table is read with the same
 * condition joined to it, so a load costs one statement per table whatever the number of assessments.
 *
 * @param where SQL over {@code v} with named parameters only; never built from user text
 * @param order how the versions are listed
 */
record VersionSelection(String where, Map<String, Object> params, String order) {

    /** The current version of each of a patient's assessments, newest visit first. */
    static VersionSelection currentOf(PatientId patient) {
        return new VersionSelection(
                "v.patient_id = :patient and not v.replaced",
                Map.of("patient", patient.value()),
                "v.visit_date desc, v.recorded_at desc");
    }

    static VersionSelection currentOf(AssessmentId id) {
        return new VersionSelection(
                "v.assessment_id = :assessment and not v.replaced", Map.of("assessment", id.value()), "v.revision");
    }

    static VersionSelection allOf(AssessmentId id) {
        return new VersionSelection("v.assessment_id = :assessment", Map.of("assessment", id.value()), "v.revision");
    }
}
