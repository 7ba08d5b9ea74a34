package app.floorplan.core.patient;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import java.util.Objects;

/**
 * A patient record of one clinic. Archived, never deleted.
 *
 * @param version optimistic-locking version, incremented by every save
 */
public record Patient(PatientId id, ClinicId clinicId, PatientDetails details, boolean archived, long version) {
    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(details, "details");
    }
}
