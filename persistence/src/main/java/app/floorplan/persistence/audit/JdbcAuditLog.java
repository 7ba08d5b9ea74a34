package app.floorplan.persistence.audit;

import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditLog;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends audit events. The V10 trigger gives each row its place in the hash chain, so an append stays one statement.
 */
@Repository
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(AuditEvent e) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_id, actor_role, action, patient_id, record_id,
                                                 outcome, source_address)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        Timestamp.from(e.occurredAt()),
                        e.actor().map(AccountId::value).orElse(null),
                        e.role().map(Role::name).orElse(null),
                        e.action().name(),
                        e.patient().map(PatientId::value).orElse(null),
                        e.record().orElse(null),
                        e.outcome().name(),
                        e.sourceAddress().orElse(null))
                .update();
    }
}
