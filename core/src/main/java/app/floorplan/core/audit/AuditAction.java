package app.floorplan.core.audit;

/** What happened, as recorded in the audit trail. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    ACCESS_DENIED,
    ACCOUNT_LIST_VIEWED,
    ACCOUNT_CREATED,
    PATIENT_LIST_VIEWED,
    PATIENT_VIEWED,
    PATIENT_CREATED,
    PATIENT_CHANGED,
    PATIENT_ARCHIVED,
    PLAN_VIEWED
}
