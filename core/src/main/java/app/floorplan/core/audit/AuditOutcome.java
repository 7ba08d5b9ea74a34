package app.floorplan.core.audit;

/** Whether the audited action went through. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
