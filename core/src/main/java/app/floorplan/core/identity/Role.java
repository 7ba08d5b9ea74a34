package app.floorplan.core.identity;

/** What a person may do in FloorPlan. Every use case names the roles it allows; everything else is refused. */
public enum Role {
    /** Clinic administration: accounts, the clinic's library and templates, the audit trail. */
    ADMIN("Clinic admin"),
    /** A physical therapist: patients, intake, assessments and home programs of their clinic. */
    PT("Physical therapist"),
    /** A patient: only their own current plan and logs. */
    PATIENT("Patient");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
