package app.floorplan.core.intake;

import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the intake form opens with: the patient's current intake version, if any, and the patient facts the form
 * shows.
 *
 * @param staff names of the current version's author and of everyone who recorded a referral or clearance
 */
public record OpenedIntake(
        PatientId patient, String patientName, LocalDate patientBirthDate, Optional<Intake> current, StaffNames staff) {

    /** The version number a correction must name; empty while no intake is recorded. */
    public Optional<Integer> revisionNumber() {
        return current.map(intake -> intake.revision().number());
    }
}
