package app.floorplan.core.patient;

import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;
import java.util.Optional;

/** One row of the patient list. */
public record PatientListItem(
        PatientId id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Optional<String> phone,
        Optional<String> assignedPtName,
        boolean archived) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
