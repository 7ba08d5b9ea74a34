package app.floorplan.persistence.diary;

import app.floorplan.core.diary.BladderEntry;
import app.floorplan.core.diary.BowelEntry;
import app.floorplan.core.diary.BristolType;
import app.floorplan.core.diary.DiaryEntry;
import app.floorplan.core.diary.DiaryEntryId;
import app.floorplan.core.diary.DiaryRepository;
import app.floorplan.core.diary.DiaryRequest;
import app.floorplan.core.diary.DiaryRequestId;
import app.floorplan.core.diary.LeakTrigger;
import app.floorplan.core.diary.Urination;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Diary requests and lines (V21__bladder_and_bowel_diary.sql). A line is inserted with {@code on conflict do nothing} on
 * its id, so identical concurrent saves (a double tap, a retry) leave one row.
 */
@Repository
class JdbcDiaryRepository implements DiaryRepository {

    private static final String ENTRY_COLUMNS = "id, patient_id, kind, entry_date, entry_time, drink_ml, passed_urine,"
            + " voided_ml, urgency, woke_her, leak_trigger, pad_changed, stool_type, straining, recorded_at,"
            + " struck_out_at";

    private final JdbcClient jdbc;

    JdbcDiaryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addRequest(DiaryRequest request) {
        jdbc.sql("insert into diary_request (id, patient_id, starts_on, days, requested_by, requested_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        request.id().value(),
                        request.patient().value(),
                        Date.valueOf(request.startsOn()),
                        request.days(),
                        request.requestedBy().value(),
                        Timestamp.from(request.requestedAt()))
                .update();
    }

    @Override
    public List<DiaryRequest> requests(PatientId patient) {
        return jdbc.sql("select id, patient_id, starts_on, days, requested_by, requested_at from diary_request"
                        + " where patient_id = ? order by requested_at desc")
                .param(patient.value())
                .query((rs, row) -> new DiaryRequest(
                        new DiaryRequestId(rs.getObject("id", UUID.class)),
                        new PatientId(rs.getObject("patient_id", UUID.class)),
                        rs.getDate("starts_on").toLocalDate(),
                        rs.getInt("days"),
                        new AccountId(rs.getObject("requested_by", UUID.class)),
                        rs.getTimestamp("requested_at").toInstant()))
                .list();
    }

    @Override
    public boolean add(DiaryEntry entry) {
        var common = new Object[] {
            entry.id().value(),
            entry.patient().value(),
            Date.valueOf(entry.date()),
            Time.valueOf(entry.time()),
            Timestamp.from(entry.recordedAt())
        };
        String insert = "insert into diary_entry (id, patient_id, entry_date, entry_time, recorded_at, kind, drink_ml,"
                + " passed_urine, voided_ml, urgency, woke_her, leak_trigger, pad_changed, stool_type, straining)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing";
        Object[] kind =
                switch (entry) {
                    case BladderEntry bladder ->
                        new Object[] {
                            "BLADDER",
                            bladder.drinkMl().orElse(null),
                            bladder.urination().isPresent(),
                            bladder.urination().flatMap(Urination::volumeMl).orElse(null),
                            bladder.urination().map(Urination::urgency).orElse(null),
                            bladder.urination().map(Urination::wokeHer).orElse(false),
                            bladder.leak().map(Enum::name).orElse(null),
                            bladder.padChanged(),
                            null,
                            false
                        };
                    case BowelEntry bowel ->
                        new Object[] {
                            "BOWEL",
                            null,
                            false,
                            null,
                            null,
                            false,
                            null,
                            false,
                            bowel.stool().number(),
                            bowel.straining()
                        };
                };
        var params = new java.util.ArrayList<@Nullable Object>(List.of(common));
        params.addAll(java.util.Arrays.asList(kind));
        return jdbc.sql(insert).params(params).update() == 1;
    }

    @Override
    public Optional<DiaryEntry> find(DiaryEntryId id) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from diary_entry where id = ?")
                .param(id.value())
                .query((rs, row) -> entry(rs))
                .optional();
    }

    @Override
    public boolean strikeOut(DiaryEntryId id, Instant at) {
        return jdbc.sql("update diary_entry set struck_out_at = ? where id = ? and struck_out_at is null")
                        .params(Timestamp.from(at), id.value())
                        .update()
                == 1;
    }

    @Override
    public List<DiaryEntry> entries(PatientId patient, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from diary_entry where patient_id = ?"
                        + " and entry_date between ? and ? order by entry_date, entry_time, recorded_at")
                .params(patient.value(), Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> entry(rs))
                .list();
    }

    private static DiaryEntry entry(ResultSet rs) throws SQLException {
        var id = new DiaryEntryId(rs.getObject("id", UUID.class));
        var patient = new PatientId(rs.getObject("patient_id", UUID.class));
        LocalDate date = rs.getDate("entry_date").toLocalDate();
        var time = rs.getTime("entry_time").toLocalTime();
        Instant recordedAt = rs.getTimestamp("recorded_at").toInstant();
        Optional<Instant> struckOut =
                Optional.ofNullable(rs.getTimestamp("struck_out_at")).map(Timestamp::toInstant);
        if (rs.getString("kind").equals("BOWEL")) {
            return new BowelEntry(
                    id,
                    patient,
                    date,
                    time,
                    BristolType.of(rs.getInt("stool_type")),
                    rs.getBoolean("straining"),
                    recordedAt,
                    struckOut);
        }
        Optional<Urination> urination = rs.getBoolean("passed_urine")
                ? Optional.of(new Urination(optional(rs, "voided_ml"), rs.getInt("urgency"), rs.getBoolean("woke_her")))
                : Optional.empty();
        return new BladderEntry(
                id,
                patient,
                date,
                time,
                optional(rs, "drink_ml"),
                urination,
                Optional.ofNullable(rs.getString("leak_trigger")).map(LeakTrigger::valueOf),
                rs.getBoolean("pad_changed"),
                recordedAt,
                struckOut);
    }

    private static Optional<Integer> optional(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
