package app.floorplan.persistence.progress;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.progress.AlertAcknowledgement;
import app.floorplan.core.progress.AlertAcknowledgementRepository;
import app.floorplan.core.progress.AlertKey;
import app.floorplan.core.progress.AlertKind;
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
 * Acknowledgements in practice_alert_ack (V9__practice_alerts.sql). The unique key on the alert's identity and
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
        return jdbc.sql("insert into practice_alert_ack (patient_id, kind, alert_day, exercise_id, acknowledged_by,"
                                + " acknowledged_at, note) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
                        .params(
                                alert.patient().value(),
                                alert.kind().name(),
                                Date.valueOf(alert.day()),
                                alert.exercise().map(ExerciseId::value).orElse(null),
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
                .sql("select patient_id, kind, alert_day, exercise_id, acknowledged_by, acknowledged_at, note"
                        + " from practice_alert_ack where patient_id = any (?)"
                        + " and (alert_day >= ? or kind = 'NO_RECENT_LOG')")
                .params(ids, Date.valueOf(from))
                .query(JdbcAlertAcknowledgementRepository::acknowledgement)
                .list()
                .stream()
                .collect(Collectors.toMap(AlertAcknowledgement::alert, Function.identity()));
    }

    private static AlertAcknowledgement acknowledgement(ResultSet rs, int row) throws SQLException {
        UUID exercise = rs.getObject("exercise_id", UUID.class);
        return new AlertAcknowledgement(
                new AlertKey(
                        new PatientId(rs.getObject("patient_id", UUID.class)),
                        AlertKind.valueOf(rs.getString("kind")),
                        rs.getDate("alert_day").toLocalDate(),
                        Optional.ofNullable(exercise).map(ExerciseId::new)),
                new AccountId(rs.getObject("acknowledged_by", UUID.class)),
                rs.getTimestamp("acknowledged_at").toInstant(),
                Optional.ofNullable(rs.getString("note")));
    }
}
