package app.floorplan.core.patient;

import app.floorplan.core.identity.AccountId;

/** A PT of the clinic a patient can be assigned to. */
public record AssignablePt(AccountId id, String displayName) {}
