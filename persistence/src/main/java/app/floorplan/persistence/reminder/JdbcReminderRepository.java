package app.floorplan.persistence.reminder;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.reminder.DueReminder;
import app.floorplan.core.reminder.PracticeReminder;
import app.floorplan.core.reminder.PushDevice;
import app.floorplan.core.reminder.ReminderChannel;
import app.floorplan.core.reminder.ReminderRepository;
import app.floorplan.core.reminder.ReminderSchedule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reminders in the V30 tables. Days of the week are one bit each (Monday = 1 ... Sunday = 64), so "due on Tuesday"
 * is one bit test. Finding the due reminders costs two statements however many there are (reminders with their
 * patient's login and plan, then their devices).
 */
@Repository
class JdbcReminderRepository implements ReminderRepository {

    private final JdbcClient jdbc;

    JdbcReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PracticeReminder> find(PatientId patient) {
        return jdbc.sql("select patient_id, enabled, days, remind_at, by_push, by_email, version"
                        + " from practice_reminder where patient_id = ?")
                .param(patient.value())
                .query((rs, row) -> new PracticeReminder(
                        new PatientId(rs.getObject("patient_id", UUID.class)),
                        rs.getBoolean("enabled"),
                        schedule(rs),
                        rs.getInt("version")))
                .optional();
    }

    @Override
    public boolean save(PracticeReminder reminder, Instant changedAt) {
        var schedule = reminder.schedule();
        Object[] values = {
            reminder.patient().value(),
            reminder.on(),
            bits(schedule.days()),
            Time.valueOf(schedule.time()),
            schedule.by(ReminderChannel.PUSH),
            schedule.by(ReminderChannel.EMAIL),
            Timestamp.from(changedAt)
        };
        if (reminder.version() == 0) {
            return jdbc.sql("insert into practice_reminder (patient_id, enabled, days, remind_at, by_push, by_email,"
                                    + " changed_at, version) values (?, ?, ?, ?, ?, ?, ?, 1)"
                                    + " on conflict (patient_id) do nothing")
                            .params(values)
                            .update()
                    == 1;
        }
        return jdbc.sql("update practice_reminder set enabled = ?, days = ?, remind_at = ?, by_push = ?,"
                                + " by_email = ?, changed_at = ?, version = version + 1"
                                + " where patient_id = ? and version = ?")
                        .params(
                                values[1],
                                values[2],
                                values[3],
                                values[4],
                                values[5],
                                values[6],
                                values[0],
                                reminder.version())
                        .update()
                == 1;
    }

    @Override
    public List<PushDevice> devices(PatientId patient) {
        return jdbc.sql("select endpoint, p256dh, auth, added_at from push_device where patient_id = ?"
                        + " order by added_at, endpoint")
                .param(patient.value())
                .query((rs, row) -> device(rs))
                .list();
    }

    @Override
    public void addDevice(PatientId patient, PushDevice device) {
        jdbc.sql("insert into push_device (endpoint, patient_id, p256dh, auth, added_at) values (?, ?, ?, ?, ?)"
                        + " on conflict (endpoint) do update set patient_id = excluded.patient_id,"
                        + " p256dh = excluded.p256dh, auth = excluded.auth, added_at = excluded.added_at")
                .params(
                        device.endpoint(),
                        patient.value(),
                        device.p256dh(),
                        device.auth(),
                        Timestamp.from(device.addedAt()))
                .update();
    }

    @Override
    public boolean removeDevice(PatientId patient, String endpoint) {
        return jdbc.sql("delete from push_device where patient_id = ? and endpoint = ?")
                        .params(patient.value(), endpoint)
                        .update()
                == 1;
    }

    @Override
    public void forgetDevice(String endpoint) {
        jdbc.sql("delete from push_device where endpoint = ?").param(endpoint).update();
    }

    @Override
    public List<DueReminder> due(LocalDate date, DayOfWeek day, LocalTime from, LocalTime to) {
        Map<PatientId, DueReminder> due = new LinkedHashMap<>();
        jdbc.sql("select r.patient_id, r.days, r.remind_at, r.by_push, r.by_email, p.email"
                        + " from practice_reminder r"
                        + " join patient p on p.id = r.patient_id and not p.archived"
                        + " join account a on a.patient_id = r.patient_id and a.enabled"
                        + " join home_program h on h.patient_id = r.patient_id"
                        + " where r.enabled and (r.days & ?) <> 0 and r.remind_at between ? and ?"
                        + " and not exists (select 1 from reminder_sent s where s.patient_id = r.patient_id"
                        + " and s.sent_on = ?)"
                        + " order by r.remind_at, r.patient_id")
                .params(1 << (day.getValue() - 1), Time.valueOf(from), Time.valueOf(to), java.sql.Date.valueOf(date))
                .query((ResultSet rs) -> {
                    PatientId patient = new PatientId(rs.getObject("patient_id", UUID.class));
                    due.put(
                            patient,
                            new DueReminder(
                                    patient, schedule(rs), Optional.ofNullable(rs.getString("email")), List.of()));
                });
        if (due.isEmpty()) {
            return List.of();
        }
        Map<PatientId, List<PushDevice>> devices = devicesOf(due.keySet());
        List<DueReminder> result = new ArrayList<>();
        due.values()
                .forEach(reminder -> result.add(new DueReminder(
                        reminder.patient(),
                        reminder.schedule(),
                        reminder.email(),
                        devices.getOrDefault(reminder.patient(), List.of()))));
        return result;
    }

    @Override
    public boolean claim(PatientId patient, LocalDate date, Instant at) {
        return jdbc.sql("insert into reminder_sent (patient_id, sent_on, claimed_at) values (?, ?, ?)"
                                + " on conflict do nothing")
                        .params(patient.value(), java.sql.Date.valueOf(date), Timestamp.from(at))
                        .update()
                == 1;
    }

    private Map<PatientId, List<PushDevice>> devicesOf(Collection<PatientId> patients) {
        Map<PatientId, List<PushDevice>> devices = new LinkedHashMap<>();
        jdbc.sql("select patient_id, endpoint, p256dh, auth, added_at from push_device"
                        + " where patient_id = any (?) order by added_at, endpoint")
                .param(patients.stream().map(PatientId::value).toArray(UUID[]::new))
                .query((ResultSet rs) -> {
                    devices.computeIfAbsent(
                                    new PatientId(rs.getObject("patient_id", UUID.class)), key -> new ArrayList<>())
                            .add(device(rs));
                });
        return devices;
    }

    private static PushDevice device(ResultSet rs) throws SQLException {
        return new PushDevice(
                rs.getString("endpoint"),
                rs.getString("p256dh"),
                rs.getString("auth"),
                rs.getTimestamp("added_at").toInstant());
    }

    private static ReminderSchedule schedule(ResultSet rs) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        int bits = rs.getInt("days");
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((bits & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        Set<ReminderChannel> channels = EnumSet.noneOf(ReminderChannel.class);
        if (rs.getBoolean("by_push")) {
            channels.add(ReminderChannel.PUSH);
        }
        if (rs.getBoolean("by_email")) {
            channels.add(ReminderChannel.EMAIL);
        }
        return new ReminderSchedule(days, rs.getTime("remind_at").toLocalTime(), channels);
    }

    private static int bits(Set<DayOfWeek> days) {
        return days.stream().mapToInt(day -> 1 << (day.getValue() - 1)).sum();
    }
}
