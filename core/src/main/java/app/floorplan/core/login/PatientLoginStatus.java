package app.floorplan.core.login;

import java.util.Optional;

/**
 * The "portal login" section of a patient page.
 *
 * @param proposedUsername a free user name made from her name, for creating a login
 */
public record PatientLoginStatus(
        String patientName,
        String clinicName,
        Optional<String> email,
        Optional<PatientLogin> login,
        String proposedUsername) {}
