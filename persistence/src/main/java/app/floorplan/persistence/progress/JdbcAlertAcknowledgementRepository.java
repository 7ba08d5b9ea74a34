package app.floorplan.persistence.progress;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.progress.AlertAcknowledgement;
import app.floorplan.core.progress.AlertAcknowledgementRepository;
import app.floorplan.core.progress.AlertKey;
import app.floorplan.core.progress.AlertSubject;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Acknowledgements in practice_alert_acknowledgement (V14_1__practice_alert_per_day.sql, V22), one per logged day,
 * silence or EPDS self-harm answer day. The unique key on the alert's identity and
 * {@code on conflict do nothing} make two concurrent acknowledgements of one alert leave exactly one row: the second
 * insert waits for the first transaction, then skips.
 */
@Repository
class JdbcAlertAcknowledgementRepository implements AlertAcknowledgementRepository {

    private final JdbcClient jdbc;

    JdbcAlertAcknowledgementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean acknowledge(AlertAcknowledgement acknowledgement) {
        AlertKey alert = acknowledgement.alert();
        return jdbc.sql("insert into practice_alert_acknowledgement (patient_id, subject, alert_day, acknowledged_by,"
                                + " acknowledged_at, note) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                        .params(
                                alert.patient().value(),
                                alert.subject().name(),
                                Date.valueOf(alert.day()),
                                acknowledgement.by().value(),
                                Timestamp.from(acknowledgement.at()),
                                acknowledgement.note().orElse(null))
                        .update()
                == 1;
    }

    @Override
    public Map<AlertKey, AlertAcknowledgement> forPatients(Collection<PatientId> patients, LocalDate from) {
        if (patients.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = patients.stream().map(PatientId::value).distinct().toArray(UUID[]::new);
        return jdbc
                .sql("select patient_id, subject, alert_day, acknowledged_by, acknowledged_at, note"
                        + " from practice_alert_acknowledgement where patient_id = any (?)"
                        + " and (alert_day >= ? or subject in ('NO_RECENT_LOG', 'SELF_HARM_ANSWER'))")
                .params(ids, Date.valueOf(from))
                .query(JdbcAlertAcknowledgementRepository::acknowledgement)
                .list()
                .stream()
                .collect(Collectors.toMap(AlertAcknowledgement::alert, Function.identity()));
    }

    private static AlertAcknowledgement acknowledgement(ResultSet rs, int row) throws SQLException {
        return new AlertAcknowledgement(
                new AlertKey(
                        new PatientId(rs.getObject("patient_id", UUID.class)),
                        AlertSubject.valueOf(rs.getString("subject")),
                        rs.getDate("alert_day").toLocalDate()),
                new AccountId(rs.getObject("acknowledged_by", UUID.class)),
                rs.getTimestamp("acknowledged_at").toInstant(),
                Optional.ofNullable(rs.getString("note")));
    }
}
