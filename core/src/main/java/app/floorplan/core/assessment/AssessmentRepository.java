package app.floorplan.core.assessment;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.record.Correction;
import java.util.List;
import java.util.Optional;

/**
 * Port: where assessment versions are kept. Loading a patient's assessments costs a bounded number of SQL statements
 * whatever their count (no query per assessment). Implementations also keep the patient row's
 * {@code last_assessment_date} up to date in the same transaction.
 */
public interface AssessmentRepository {

    /** The patient's assessments, current versions only, newest visit first. */
    List<Assessment> currentFor(PatientId patient);

    /** The current version of one assessment. */
    Optional<Assessment> current(AssessmentId id);

    /** Every version of one assessment, oldest first. */
    List<Assessment> versions(AssessmentId id);

    /** Stores the first version (revision 1). */
    void add(Assessment first);

    /**
     * Stores a correction: marks {@code correction.replaced()} replaced and inserts {@code correction.current()}.
     *
     * @return false when that version was already replaced by someone else (nothing written)
     */
    boolean correct(Correction<Assessment> correction);

    /**
     * Stores the outcome appended last to the assessment's red-flag outcomes ({@link
     * Assessment#recordRedFlagResolution}); the outcomes belong to the visit, so every version shows it.
     */
    void addResolution(Assessment withResolution);
}
