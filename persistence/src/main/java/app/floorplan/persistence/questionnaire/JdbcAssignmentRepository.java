package app.floorplan.persistence.questionnaire;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.questionnaire.Assignment;
import app.floorplan.core.questionnaire.AssignmentId;
import app.floorplan.core.questionnaire.AssignmentRepository;
import app.floorplan.core.questionnaire.Instrument;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questionnaire assignments (V20__questionnaires.sql); ending one is guarded by its version column. */
@Repository
class JdbcAssignmentRepository implements AssignmentRepository {

    private static final String COLUMNS =
            "id, patient_id, instrument, starts_on, repeat_weeks, assigned_by, assigned_at, ended_at, version";

    private final JdbcClient jdbc;

    JdbcAssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Assignment assignment) {
        jdbc.sql("insert into questionnaire_assignment (id, patient_id, instrument, starts_on, repeat_weeks,"
                        + " assigned_by, assigned_at, version) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        assignment.id().value(),
                        assignment.patient().value(),
                        assignment.instrument().name(),
                        Date.valueOf(assignment.startsOn()),
                        assignment.repeatWeeks().orElse(null),
                        assignment.assignedBy().value(),
                        Timestamp.from(assignment.assignedAt()),
                        assignment.version())
                .update();
    }

    @Override
    public Optional<Assignment> find(AssignmentId id) {
        return jdbc.sql("select " + COLUMNS + " from questionnaire_assignment where id = ?")
                .param(id.value())
                .query((rs, row) -> assignment(rs))
                .optional();
    }

    @Override
    public List<Assignment> forPatient(PatientId patient) {
        return jdbc.sql("select " + COLUMNS + " from questionnaire_assignment where patient_id = ?"
                        + " order by ended_at is not null, assigned_at desc")
                .param(patient.value())
                .query((rs, row) -> assignment(rs))
                .list();
    }

    @Override
    public boolean end(AssignmentId id, int version, AccountId by, Instant at) {
        return jdbc.sql("update questionnaire_assignment set ended_at = ?, ended_by = ?, version = version + 1"
                                + " where id = ? and version = ? and ended_at is null")
                        .params(Timestamp.from(at), by.value(), id.value(), version)
                        .update()
                == 1;
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        int repeat = rs.getInt("repeat_weeks");
        Optional<Integer> repeatWeeks = rs.wasNull() ? Optional.empty() : Optional.of(repeat);
        Timestamp ended = rs.getTimestamp("ended_at");
        return new Assignment(
                new AssignmentId(rs.getObject("id", UUID.class)),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                Instrument.valueOf(rs.getString("instrument")),
                rs.getDate("starts_on").toLocalDate(),
                repeatWeeks,
                new AccountId(rs.getObject("assigned_by", UUID.class)),
                rs.getTimestamp("assigned_at").toInstant(),
                Optional.ofNullable(ended).map(Timestamp::toInstant),
                rs.getInt("version"));
    }
}
