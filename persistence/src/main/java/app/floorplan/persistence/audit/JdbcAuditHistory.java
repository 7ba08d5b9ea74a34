package app.floorplan.persistence.audit;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEntry;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditFilter;
import app.floorplan.core.audit.AuditHistory;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.ChainLink;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditHistory implements AuditHistory {

    /** A patient's name shows only to their own clinic (a refused request may name another clinic's patient). */
    private static final String FROM = """
            from audit_event e
                     left join account a on a.id = e.actor_id
                     left join patient p on p.id = e.patient_id and p.clinic_id = :clinic
            """;

    private final JdbcClient jdbc;

    JdbcAuditHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AuditEntry> search(ClinicId clinic, AuditFilter filter, int offset, int limit) {
        Where where = Where.of(clinic, filter);
        return jdbc.sql("select e.seq, e.occurred_at, a.display_name, e.actor_role, e.action, e.patient_id,"
                        + " p.given_name || ' ' || p.family_name as patient_name, e.record_id, e.outcome,"
                        + " e.source_address "
                        + FROM + where.sql() + " order by e.seq desc offset :offset limit :limit")
                .params(where.params())
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("seq"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getString("display_name")),
                        Optional.ofNullable(rs.getString("actor_role")).map(Role::valueOf),
                        AuditAction.valueOf(rs.getString("action")),
                        uuid(rs, "patient_id").map(PatientId::new),
                        Optional.ofNullable(rs.getString("patient_name")),
                        uuid(rs, "record_id"),
                        AuditOutcome.valueOf(rs.getString("outcome")),
                        Optional.ofNullable(rs.getString("source_address"))))
                .list();
    }

    @Override
    public int count(ClinicId clinic, AuditFilter filter) {
        Where where = Where.of(clinic, filter);
        return jdbc.sql("select count(*) " + FROM + where.sql())
                .params(where.params())
                .query(Integer.class)
                .single();
    }

    @Override
    public List<ChainLink> chainAfter(long sequence, int limit) {
        return jdbc.sql("""
                        select seq, occurred_at, actor_id, actor_role, action, patient_id, record_id, outcome,
                               source_address, previous_hash, hash
                        from audit_event
                        where seq > ?
                        order by seq
                        limit ?""")
                .params(sequence, limit)
                .query((rs, n) -> new ChainLink(
                        rs.getLong("seq"),
                        new AuditEvent(
                                rs.getObject("occurred_at", OffsetDateTime.class)
                                        .toInstant(),
                                uuid(rs, "actor_id").map(AccountId::new),
                                Optional.ofNullable(rs.getString("actor_role")).map(Role::valueOf),
                                AuditAction.valueOf(rs.getString("action")),
                                uuid(rs, "patient_id").map(PatientId::new),
                                uuid(rs, "record_id"),
                                AuditOutcome.valueOf(rs.getString("outcome")),
                                Optional.ofNullable(rs.getString("source_address"))),
                        rs.getString("previous_hash"),
                        rs.getString("hash")))
                .list();
    }

    private static Optional<UUID> uuid(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, UUID.class));
    }

    /** The filter as SQL conditions with named parameters; user text only ever travels as a parameter. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(ClinicId clinic, AuditFilter filter) {
            // the clinic's own accounts, plus events no account can be tied to (failed logins)
            StringBuilder sql = new StringBuilder(" where (a.clinic_id = :clinic or e.actor_id is null)");
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("clinic", clinic.value());
            filter.user().ifPresent(user -> {
                sql.append(" and (fp_fold(a.display_name) like fp_fold(:user) or a.username like lower(:user))");
                params.put("user", "%" + likeEscaped(user) + "%");
            });
            filter.patient().ifPresent(patient -> {
                Optional<UUID> id = asUuid(patient);
                if (id.isPresent()) {
                    sql.append(" and e.patient_id = :patientId");
                    params.put("patientId", id.get());
                } else {
                    sql.append(" and p.search_name like fp_fold(:patient)");
                    params.put("patient", "%" + likeEscaped(patient) + "%");
                }
            });
            filter.action().ifPresent(action -> {
                sql.append(" and e.action = :action");
                params.put("action", action.name());
            });
            filter.outcome().ifPresent(outcome -> {
                sql.append(" and e.outcome = :outcome");
                params.put("outcome", outcome.name());
            });
            filter.from().ifPresent(from -> {
                sql.append(" and e.occurred_at >= :from");
                params.put("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
            });
            filter.to().ifPresent(to -> {
                sql.append(" and e.occurred_at < :to");
                params.put("to", to.plusDays(1).atTime(LocalTime.MIDNIGHT).atOffset(ZoneOffset.UTC));
            });
            return new Where(sql.toString(), params);
        }

        private static Optional<UUID> asUuid(String text) {
            try {
                return Optional.of(UUID.fromString(text));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        }

        private static String likeEscaped(String text) {
            return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
