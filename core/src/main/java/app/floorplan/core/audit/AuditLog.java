package app.floorplan.core.audit;

/** Port: append-only storage of audit events. */
public interface AuditLog {
    void append(AuditEvent event);
}
