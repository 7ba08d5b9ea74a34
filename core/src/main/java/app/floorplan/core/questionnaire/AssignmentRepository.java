package app.floorplan.core.questionnaire;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where questionnaire assignments are kept. Assignments are ended, never deleted. */
public interface AssignmentRepository {

    void add(Assignment assignment);

    Optional<Assignment> find(AssignmentId id);

    /** The patient's assignments, running ones first, then newest first. */
    List<Assignment> forPatient(PatientId patient);

    /**
     * Ends the assignment when the stored version is still {@code version}.
     *
     * @return false when someone else changed it meanwhile (nothing written)
     */
    boolean end(AssignmentId id, int version, AccountId by, Instant at);
}
