package app.floorplan.core.identity;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The person a use case runs for, taken from the login session (never from an id in a URL).
 *
 * @param patientId set only for {@link Role#PATIENT}: the one patient record this login belongs to
 */
public record Actor(
        AccountId accountId, String displayName, Role role, ClinicId clinicId, Optional<PatientId> patientId) {

    public Actor {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(patientId, "patientId");
        if ((role == Role.PATIENT) != patientId.isPresent()) {
            throw new IllegalArgumentException(
                    "a patient login is linked to exactly one patient record, others to none");
        }
    }

    /** Refuses the call unless this actor has one of the roles. */
    public Actor requireRole(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(r -> r == role)) {
            throw new AccessRefusedException("role " + role + " may not do this");
        }
        return this;
    }

    /** Refuses the call unless the record belongs to this actor's clinic. */
    public Actor requireClinic(ClinicId recordClinic) {
        if (!clinicId.equals(recordClinic)) {
            throw new AccessRefusedException("record of another clinic");
        }
        return this;
    }

    public boolean is(Role other) {
        return role == other;
    }
}
