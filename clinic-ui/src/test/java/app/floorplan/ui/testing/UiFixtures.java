package app.floorplan.ui.testing;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.patient.PatientDetails;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The patient details UI tests register: English-speaking, no phone, e-mail or notes, so a test spells out only the
 * name, birth date, assigned PT and day it cares about.
 */
public final class UiFixtures {

    private UiFixtures() {}

    /** A patient with no assigned PT, registered on {@code today}. */
    public static PatientDetails patient(String givenName, String familyName, LocalDate born, LocalDate today) {
        return patient(givenName, familyName, born, Optional.empty(), today);
    }

    /** A patient assigned to {@code pt} (when present), registered on {@code today}. */
    public static PatientDetails patient(
            String givenName, String familyName, LocalDate born, Optional<AccountId> pt, LocalDate today) {
        return PatientDetails.of(givenName, familyName, born, "", "", "English", pt, "", today);
    }
}
