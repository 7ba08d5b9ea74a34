package app.floorplan.core.assessment;

import app.floorplan.core.identity.PatientId;

/**
 * The patient an assessment form is for: the name for the heading, and whether a caesarean scar section applies.
 *
 * @param hadCaesarean from the current intake's obstetric history; false when no intake is recorded yet
 */
public record AssessedPatient(PatientId id, String fullName, boolean hadCaesarean) {}
