package app.floorplan.core.account;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import java.util.Objects;
import java.util.Optional;

/**
 * A login. ADMIN and PT accounts belong to a clinic; a PATIENT account is linked to exactly one patient record.
 *
 * @param version optimistic-locking version, incremented by every save
 */
public record Account(
        AccountId id,
        ClinicId clinicId,
        Username username,
        String displayName,
        Role role,
        PasswordHash passwordHash,
        boolean enabled,
        Optional<PatientId> patientId,
        long version) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(patientId, "patientId");
        if ((role == Role.PATIENT) != patientId.isPresent()) {
            throw new IllegalArgumentException(
                    "a patient login is linked to exactly one patient record, others to none");
        }
    }

    /** The actor this account becomes once logged in. */
    public Actor asActor() {
        return new Actor(id, displayName, role, clinicId, patientId);
    }
}
