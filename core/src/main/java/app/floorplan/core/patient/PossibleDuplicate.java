package app.floorplan.core.patient;

import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;

/** An existing patient of the clinic with the same name and date of birth as one being registered. */
public record PossibleDuplicate(PatientId id, String fullName, LocalDate dateOfBirth, boolean archived) {}
