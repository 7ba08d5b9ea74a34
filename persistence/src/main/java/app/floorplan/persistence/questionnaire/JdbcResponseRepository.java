package app.floorplan.persistence.questionnaire;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.questionnaire.AssignmentId;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.Occurrence;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.ResponseDraft;
import app.floorplan.core.questionnaire.ResponseId;
import app.floorplan.core.questionnaire.ResponseRepository;
import app.floorplan.core.questionnaire.ResponseSource;
import app.floorplan.core.questionnaire.SelfHarmAnswer;
import app.floorplan.core.record.Correction;
import app.floorplan.core.record.Revision;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Questionnaire responses in typed tables (V20__questionnaires.sql): a response row, its versions and their answers
 * item by item, and the patient's draft answers. Reading any number of responses costs two statements (versions, then
 * their answers). Submitting is guarded by the version's primary key: a second submission of the same due day finds
 * version 1 taken and writes nothing.
 */
@Repository
class JdbcResponseRepository implements ResponseRepository {

    private static final String VERSION_COLUMNS = "r.id, r.patient_id, r.instrument, r.assignment_id, r.due_on,"
            + " v.number, v.answered_on, v.source, v.recorded_by, v.recorded_at, v.reason, v.replaced";

    private final JdbcClient jdbc;

    JdbcResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<QuestionnaireResponse> currentFor(PatientId patient) {
        return load("r.patient_id = ? and not v.replaced", "v.answered_on desc, v.recorded_at desc", patient.value());
    }

    @Override
    public Optional<QuestionnaireResponse> current(ResponseId id) {
        return load("r.id = ? and not v.replaced", "v.number", id.value()).stream()
                .findFirst();
    }

    @Override
    public List<QuestionnaireResponse> versions(ResponseId id) {
        return load("r.id = ?", "v.number", id.value());
    }

    @Override
    public Map<Occurrence, LocalDate> answered(Collection<AssignmentId> assignments) {
        if (assignments.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = assignments.stream().map(AssignmentId::value).distinct().toArray(UUID[]::new);
        var answered = new HashMap<Occurrence, LocalDate>();
        jdbc.sql("select r.assignment_id, r.due_on, v.answered_on from questionnaire_response r"
                        + " join questionnaire_response_version v on v.response_id = r.id and not v.replaced"
                        + " where r.assignment_id = any (?)")
                .param(ids)
                .query((rs, row) -> answered.put(
                        new Occurrence(
                                new AssignmentId(rs.getObject("assignment_id", UUID.class)),
                                rs.getDate("due_on").toLocalDate()),
                        rs.getDate("answered_on").toLocalDate()))
                .list();
        return answered;
    }

    @Override
    public Optional<QuestionnaireResponse> forOccurrence(Occurrence occurrence) {
        return current(occurrence.responseId());
    }

    @Override
    public Optional<ResponseDraft> draft(Occurrence occurrence) {
        UUID id = occurrence.responseId().value();
        var draft = jdbc.sql("select r.patient_id, r.instrument, max(d.saved_at) as saved_at"
                        + " from questionnaire_response r join questionnaire_draft_answer d on d.response_id = r.id"
                        + " where r.id = ? and not exists (select 1 from questionnaire_response_version v"
                        + " where v.response_id = r.id) group by r.patient_id, r.instrument")
                .param(id)
                .query((rs, row) -> new Object[] {
                    new PatientId(rs.getObject("patient_id", UUID.class)),
                    Instrument.valueOf(rs.getString("instrument")),
                    rs.getTimestamp("saved_at").toInstant()
                })
                .optional();
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        var scores = new TreeMap<Integer, BigDecimal>();
        jdbc.sql("select item, score from questionnaire_draft_answer where response_id = ?")
                .param(id)
                .query((rs, row) -> scores.put(rs.getInt("item"), rs.getBigDecimal("score")))
                .list();
        Object[] row = draft.get();
        return Optional.of(new ResponseDraft(
                occurrence.responseId(),
                (PatientId) row[0],
                occurrence,
                new QuestionnaireAnswers((Instrument) row[1], scores, Map.of()),
                (java.time.Instant) row[2]));
    }

    @Override
    public void saveDraft(ResponseDraft draft) {
        insertResponse(
                draft.id(), draft.patient(), draft.instrument(), Optional.of(draft.occurrence()), draft.savedAt());
        jdbc.sql("delete from questionnaire_draft_answer where response_id = ?")
                .param(draft.id().value())
                .update();
        if (draft.answers().scores().isEmpty()) {
            return;
        }
        var sql = new StringBuilder(
                "insert into questionnaire_draft_answer (response_id, instrument, item, score, saved_at) values ");
        List<Object> params = new ArrayList<>();
        draft.answers().scores().forEach((item, score) -> {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(
                    draft.id().value(), draft.instrument().name(), item, score, Timestamp.from(draft.savedAt())));
        });
        jdbc.sql(sql.toString()).params(params).update();
    }

    @Override
    public boolean submit(QuestionnaireResponse first) {
        insertResponse(
                first.id(),
                first.patient(),
                first.instrument(),
                first.occurrence(),
                first.revision().recordedAt());
        if (!insertVersion(first)) {
            return false;
        }
        jdbc.sql("delete from questionnaire_draft_answer where response_id = ?")
                .param(first.id().value())
                .update();
        return true;
    }

    @Override
    public boolean correct(Correction<QuestionnaireResponse> correction) {
        int marked = jdbc.sql("update questionnaire_response_version set replaced = true"
                        + " where response_id = ? and number = ? and not replaced")
                .params(
                        correction.replaced().id().value(),
                        correction.replaced().revision().number())
                .update();
        return marked == 1 && insertVersion(correction.current());
    }

    @Override
    public List<SelfHarmAnswer> selfHarmAnswers(ClinicId clinic, LocalDate since) {
        return jdbc.sql("select r.patient_id, r.id, v.answered_on, a.score from questionnaire_answer a"
                        + " join questionnaire_response_version v on v.response_id = a.response_id"
                        + " and v.number = a.number and not v.replaced"
                        + " join questionnaire_response r on r.id = a.response_id"
                        + " join patient p on p.id = r.patient_id"
                        + " where p.clinic_id = ? and a.instrument = 'EPDS' and a.item = 10 and a.score > 0"
                        + " and v.answered_on >= ? order by v.answered_on, r.id")
                .params(clinic.value(), Date.valueOf(since))
                .query((rs, row) -> new SelfHarmAnswer(
                        new PatientId(rs.getObject("patient_id", UUID.class)),
                        new ResponseId(rs.getObject("id", UUID.class)),
                        rs.getDate("answered_on").toLocalDate(),
                        rs.getBigDecimal("score").intValue()))
                .list();
    }

    private void insertResponse(
            ResponseId id,
            PatientId patient,
            Instrument instrument,
            Optional<Occurrence> occurrence,
            java.time.Instant at) {
        // No conflict target: concurrent inserts of one due day's response may trip the (assignment, due day)
        // key before the id's, and PostgreSQL skips only the arbiter it is given; both keys name the same row,
        // since the id derives from the assignment and the day.
        jdbc.sql("insert into questionnaire_response (id, patient_id, instrument, assignment_id, due_on, created_at)"
                        + " values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(
                        id.value(),
                        patient.value(),
                        instrument.name(),
                        occurrence.map(found -> found.assignment().value()).orElse(null),
                        occurrence.map(found -> Date.valueOf(found.dueOn())).orElse(null),
                        Timestamp.from(at))
                .update();
    }

    /** Inserts a version and its answers; false when that version number is taken (nothing written). */
    private boolean insertVersion(QuestionnaireResponse response) {
        Revision revision = response.revision();
        int inserted = jdbc.sql("insert into questionnaire_response_version (response_id, number, answered_on, source,"
                        + " recorded_by, recorded_at, reason) values (?, ?, ?, ?, ?, ?, ?)"
                        + " on conflict (response_id, number) do nothing")
                .params(
                        response.id().value(),
                        revision.number(),
                        Date.valueOf(response.answeredOn()),
                        response.source().name(),
                        revision.author().value(),
                        Timestamp.from(revision.recordedAt()),
                        revision.reason().orElse(null))
                .update();
        if (inserted == 0) {
            return false;
        }
        var sql = new StringBuilder(
                "insert into questionnaire_answer (response_id, number, instrument, item, score, name) values ");
        List<Object> params = new ArrayList<>();
        response.answers().scores().forEach((item, score) -> {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(
                    response.id().value(),
                    revision.number(),
                    response.instrument().name(),
                    item,
                    score,
                    response.answers().name(item).orElse(null)));
        });
        jdbc.sql(sql.toString()).params(params).update();
        return true;
    }

    /** The versions matching {@code where} (on r and v) with their answers: two statements. */
    private List<QuestionnaireResponse> load(String where, String order, Object param) {
        Map<String, TreeMap<Integer, BigDecimal>> scores = new HashMap<>();
        Map<String, Map<Integer, String>> names = new HashMap<>();
        jdbc.sql("select a.response_id, a.number, a.item, a.score, a.name from questionnaire_answer a"
                        + " join questionnaire_response r on r.id = a.response_id"
                        + " join questionnaire_response_version v on v.response_id = a.response_id"
                        + " and v.number = a.number where " + where)
                .param(param)
                .query((rs, row) -> {
                    String key = key(rs.getObject("response_id", UUID.class), rs.getInt("number"));
                    int item = rs.getInt("item");
                    scores.computeIfAbsent(key, k -> new TreeMap<>()).put(item, rs.getBigDecimal("score"));
                    @Nullable String name = rs.getString("name");
                    if (name != null) {
                        names.computeIfAbsent(key, k -> new HashMap<>()).put(item, name);
                    }
                    return item;
                })
                .list();
        return jdbc.sql("select " + VERSION_COLUMNS + " from questionnaire_response r"
                        + " join questionnaire_response_version v on v.response_id = r.id where " + where
                        + " order by " + order)
                .param(param)
                .query((rs, row) -> version(rs, scores, names))
                .list();
    }

    private static QuestionnaireResponse version(
            ResultSet rs, Map<String, TreeMap<Integer, BigDecimal>> scores, Map<String, Map<Integer, String>> names)
            throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        int number = rs.getInt("number");
        Instrument instrument = Instrument.valueOf(rs.getString("instrument"));
        UUID assignment = rs.getObject("assignment_id", UUID.class);
        Optional<Occurrence> occurrence = assignment == null
                ? Optional.empty()
                : Optional.of(new Occurrence(
                        new AssignmentId(assignment), rs.getDate("due_on").toLocalDate()));
        String key = key(id, number);
        return new QuestionnaireResponse(
                new ResponseId(id),
                new PatientId(rs.getObject("patient_id", UUID.class)),
                instrument,
                occurrence,
                rs.getDate("answered_on").toLocalDate(),
                ResponseSource.valueOf(rs.getString("source")),
                new QuestionnaireAnswers(
                        instrument, scores.getOrDefault(key, new TreeMap<>()), names.getOrDefault(key, Map.of())),
                new Revision(
                        number,
                        new AccountId(rs.getObject("recorded_by", UUID.class)),
                        rs.getTimestamp("recorded_at").toInstant(),
                        Optional.ofNullable(rs.getString("reason")),
                        rs.getBoolean("replaced")));
    }

    private static String key(UUID response, int number) {
        return response + "/" + number;
    }
}
