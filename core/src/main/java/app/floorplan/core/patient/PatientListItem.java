package app.floorplan.core.patient;

import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One row of the patient list.
 *
 * @param latestDeliveryDate from the current intake; weeks postpartum is derived from it and today when shown
 * @param unresolvedRedFlags positive red flags without a recorded referral or clearance
 * @param lastAssessmentDate visit date of the newest assessment
 */
public record PatientListItem(
        PatientId id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Optional<String> phone,
        Optional<String> assignedPtName,
        boolean archived,
        Optional<LocalDate> latestDeliveryDate,
        int unresolvedRedFlags,
        Optional<LocalDate> lastAssessmentDate) {

    public String fullName() {
        return givenName + " " + familyName;
    }
}
