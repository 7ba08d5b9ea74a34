package app.floorplan.persistence.practice;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.HomeProgramId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Practice days in typed tables (see V7__practice_log.sql). Saving is an upsert on (patient, day): PostgreSQL
 * serialises identical concurrent submissions on that key, and a content digest lets a retry with the same content
 * leave the stored entry untouched, so twenty identical taps still leave one row with revision 1. Reading any number
 * of days costs two statements (days, then their exercises).
 */
@Repository
class JdbcPracticeLogRepository implements PracticeLogRepository {

    private static final String DAY_COLUMNS = "patient_id, log_date, program_id, program_version, session, pain,"
            + " effort, symptoms, symptom_other, recorded_at, revision";

    private final JdbcClient jdbc;

    JdbcPracticeLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PracticeDay save(PracticeDay day) {
        String digest = digest(day);
        Optional<Integer> written = jdbc.sql("insert into practice_day (" + DAY_COLUMNS + ", content_digest)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"
                        + " on conflict (patient_id, log_date) do update set program_id = excluded.program_id,"
                        + " program_version = excluded.program_version, session = excluded.session,"
                        + " pain = excluded.pain, effort = excluded.effort, symptoms = excluded.symptoms,"
                        + " symptom_other = excluded.symptom_other, recorded_at = excluded.recorded_at,"
                        + " content_digest = excluded.content_digest, revision = practice_day.revision + 1"
                        + " where practice_day.content_digest <> excluded.content_digest"
                        + " returning revision")
                .params(
                        day.patient().value(),
                        Date.valueOf(day.date()),
                        day.program().value(),
                        day.programVersion(),
                        day.session().name(),
                        nullable(day.pain()),
                        nullable(day.effort()),
                        names(day.symptoms().flags()),
                        day.symptoms().otherText().orElse(null),
                        Timestamp.from(day.recordedAt()),
                        digest)
                .query(Integer.class)
                .optional();
        if (written.isPresent()) {
            replaceExercises(day);
        }
        return find(day.patient(), day.date()).orElseThrow();
    }

    private void replaceExercises(PracticeDay day) {
        jdbc.sql("delete from practice_exercise where patient_id = ? and log_date = ?")
                .params(day.patient().value(), Date.valueOf(day.date()))
                .update();
        List<ExerciseOutcome> exercises = day.exercises();
        if (exercises.isEmpty()) {
            return;
        }
        var sql = new StringBuilder("insert into practice_exercise (patient_id, log_date, exercise_id, position,"
                + " completion, symptoms, symptom_other) values ");
        List<Object> params = new ArrayList<>();
        for (int position = 0; position < exercises.size(); position++) {
            ExerciseOutcome outcome = exercises.get(position);
            sql.append(position == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
            params.addAll(Arrays.asList(
                    day.patient().value(),
                    Date.valueOf(day.date()),
                    outcome.exercise().value(),
                    position,
                    outcome.completion().name(),
                    names(outcome.symptoms().flags()),
                    outcome.symptoms().otherText().orElse(null)));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    @Override
    public Optional<PracticeDay> find(PatientId patient, LocalDate date) {
        return between(patient, date, date).stream().findFirst();
    }

    @Override
    public List<PracticeDay> between(PatientId patient, LocalDate from, LocalDate to) {
        return between(List.of(patient), from, to).getOrDefault(patient, List.of());
    }

    @Override
    public Map<PatientId, List<PracticeDay>> between(Collection<PatientId> patients, LocalDate from, LocalDate to) {
        if (patients.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = patients.stream().map(PatientId::value).distinct().toArray(UUID[]::new);
        Map<DayKey, List<ExerciseOutcome>> exercises = jdbc
                .sql("select patient_id, log_date, exercise_id,"
                        + " completion, symptoms, symptom_other from practice_exercise"
                        + " where patient_id = any (?) and log_date between ? and ?"
                        + " order by patient_id, log_date, position")
                .params(ids, Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> Map.entry(
                        new DayKey(
                                rs.getObject("patient_id", UUID.class),
                                rs.getDate("log_date").toLocalDate()),
                        new ExerciseOutcome(
                                new ExerciseId(rs.getObject("exercise_id", UUID.class)),
                                Completion.valueOf(rs.getString("completion")),
                                symptoms(rs))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<PatientId, List<PracticeDay>> days = new LinkedHashMap<>();
        jdbc.sql("select " + DAY_COLUMNS + " from practice_day where patient_id = any (?)"
                        + " and log_date between ? and ? order by patient_id, log_date")
                .params(ids, Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> day(rs, exercises))
                .list()
                .forEach(day -> days.computeIfAbsent(day.patient(), key -> new ArrayList<>())
                        .add(day));
        return days;
    }

    @Override
    public Map<PatientId, LocalDate> lastLoggedDays(ClinicId clinic) {
        return jdbc
                .sql("select d.patient_id, max(d.log_date) as last_day from practice_day d"
                        + " join patient p on p.id = d.patient_id where p.clinic_id = ? group by d.patient_id")
                .param(clinic.value())
                .query((rs, row) -> Map.entry(
                        new PatientId(rs.getObject("patient_id", UUID.class)),
                        rs.getDate("last_day").toLocalDate()))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static PracticeDay day(ResultSet rs, Map<DayKey, List<ExerciseOutcome>> exercises) throws SQLException {
        UUID patient = rs.getObject("patient_id", UUID.class);
        LocalDate date = rs.getDate("log_date").toLocalDate();
        return new PracticeDay(
                new PatientId(patient),
                date,
                new HomeProgramId(rs.getObject("program_id", UUID.class)),
                rs.getInt("program_version"),
                Completion.valueOf(rs.getString("session")),
                optionalInt(rs, "pain"),
                optionalInt(rs, "effort"),
                symptoms(rs),
                exercises.getOrDefault(new DayKey(patient, date), List.of()),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getInt("revision"));
    }

    private static SymptomReport symptoms(ResultSet rs) throws SQLException {
        Array array = rs.getArray("symptoms");
        Set<SymptomFlag> flags = Arrays.stream((String[]) array.getArray())
                .map(SymptomFlag::valueOf)
                .collect(Collectors.toSet());
        return new SymptomReport(flags, Optional.ofNullable(rs.getString("symptom_other")));
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static @Nullable Integer nullable(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static String[] names(Set<SymptomFlag> flags) {
        return flags.stream().map(Enum::name).toArray(String[]::new);
    }

    /** SHA-256 over everything the patient said that day (not when she saved it), in a fixed order. */
    private static String digest(PracticeDay day) {
        var canonical = new StringBuilder()
                .append(day.program())
                .append('|')
                .append(day.programVersion())
                .append('|')
                .append(day.session())
                .append('|')
                .append(day.pain())
                .append('|')
                .append(day.effort())
                .append('|')
                .append(day.symptoms());
        day.exercises().forEach(outcome -> canonical.append('|').append(outcome));
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record DayKey(UUID patient, LocalDate date) {}
}
