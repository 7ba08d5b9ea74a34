package app.floorplan.persistence.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.reminder.DueReminder;
import app.floorplan.core.reminder.PracticeReminder;
import app.floorplan.core.reminder.PushDevice;
import app.floorplan.core.reminder.ReminderChannel;
import app.floorplan.core.reminder.ReminderSchedule;
import app.floorplan.core.reminder.VapidKeyPair;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcReminderRepositoryTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T17:00:00Z");
    private static final String KEY =
            "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM";
    private static final String AUTH = "tBHItJI5svbpez7KI4CCXg";

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcReminderRepository reminders = new JdbcReminderRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private ClinicId clinic;

    @BeforeEach
    void aClinic() {
        clinic = fixtures.clinic();
    }

    @Test
    void settings_read_back_equal_and_a_stale_version_does_not_overwrite() {
        PatientId anna = reachable("Anna");
        var schedule = schedule(LocalTime.of(18, 30), DayOfWeek.MONDAY, DayOfWeek.SUNDAY);

        assertThat(reminders.save(new PracticeReminder(anna, true, schedule, 0), NOW))
                .isTrue();
        assertThat(reminders.save(new PracticeReminder(anna, true, schedule, 0), NOW))
                .isFalse();
        assertThat(reminders.save(new PracticeReminder(anna, false, schedule, 1), NOW))
                .isTrue();
        assertThat(reminders.save(new PracticeReminder(anna, true, schedule, 1), NOW))
                .isFalse();

        assertThat(reminders.find(anna)).contains(new PracticeReminder(anna, false, schedule, 2));
    }

    @Test
    void due_are_the_reminders_on_for_the_day_within_the_window_of_reachable_patients_not_claimed_yet() {
        PatientId anna = reachable("Anna");
        PatientId archived = reachable("Archie");
        jdbc.sql("update patient set archived = true where id = ?")
                .param(archived.value())
                .update();
        PatientId disabled = reachable("Dora");
        jdbc.sql("update account set enabled = false where patient_id = ?")
                .param(disabled.value())
                .update();
        PatientId noPlan = fixtures.patient(clinic, "Nora", "Noplan", LocalDate.of(1990, 1, 1), "+46 70 000 00 01");
        login(noPlan);
        PatientId tuesday = reachable("Tuva");
        PatientId later = reachable("Lena");
        for (PatientId patient : List.of(anna, archived, disabled, noPlan)) {
            reminders.save(
                    new PracticeReminder(patient, true, schedule(LocalTime.of(18, 0), DayOfWeek.MONDAY), 0), NOW);
        }
        reminders.save(new PracticeReminder(tuesday, true, schedule(LocalTime.of(18, 0), DayOfWeek.TUESDAY), 0), NOW);
        reminders.save(new PracticeReminder(later, true, schedule(LocalTime.of(19, 0), DayOfWeek.MONDAY), 0), NOW);
        reminders.addDevice(anna, device("https://fcm.googleapis.com/fcm/send/a1"));
        reminders.addDevice(anna, device("https://fcm.googleapis.com/fcm/send/a2"));

        List<DueReminder> due = reminders.due(MONDAY, DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.of(18, 0));

        assertThat(due).extracting(DueReminder::patient).containsExactly(anna);
        assertThat(due.getFirst().devices()).hasSize(2);
        assertThat(due.getFirst().email()).hasValue("anna@example.org");
        assertThat(reminders.claim(anna, MONDAY, NOW)).isTrue();
        assertThat(reminders.claim(anna, MONDAY, NOW)).isFalse();
        assertThat(reminders.due(MONDAY, DayOfWeek.MONDAY, LocalTime.of(16, 0), LocalTime.of(18, 0)))
                .isEmpty();
    }

    @Test
    void a_device_belongs_to_whoever_subscribed_it_last_and_only_she_removes_it() {
        PatientId anna = reachable("Anna");
        PatientId bea = reachable("Bea");
        String endpoint = "https://fcm.googleapis.com/fcm/send/shared-tablet";
        reminders.addDevice(anna, device(endpoint));
        reminders.addDevice(bea, device(endpoint));

        assertThat(reminders.devices(anna)).isEmpty();
        assertThat(reminders.removeDevice(anna, endpoint)).isFalse();
        assertThat(reminders.devices(bea)).extracting(PushDevice::endpoint).containsExactly(endpoint);
        reminders.forgetDevice(endpoint);
        assertThat(reminders.devices(bea)).isEmpty();
    }

    @Test
    void the_database_refuses_no_day_a_time_with_seconds_and_no_channel() {
        PatientId anna = reachable("Anna");

        assertThatThrownBy(() -> insert(anna, 0, "18:00:00", true, false))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert(anna, 1, "18:00:30", true, false))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insert(anna, 1, "18:00:00", false, false))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void the_first_key_pair_kept_stays_the_key_pair() {
        var store = new JdbcVapidKeyStore(jdbc);
        var first = new VapidKeyPair("B".repeat(87), "p".repeat(43));

        VapidKeyPair kept = store.keep(first, NOW);
        VapidKeyPair again = store.keep(new VapidKeyPair("C".repeat(87), "q".repeat(43)), NOW);

        assertThat(again).isEqualTo(kept);
        assertThat(store.find()).contains(kept);
    }

    private void insert(PatientId patient, int days, String time, boolean push, boolean email) {
        jdbc.sql("insert into practice_reminder (patient_id, enabled, days, remind_at, by_push, by_email, version,"
                        + " changed_at) values (?, true, ?, ?::time, ?, ?, 1, now())")
                .params(patient.value(), days, time, push, email)
                .update();
    }

    /** A patient with an enabled login, an e-mail address and a program. */
    private PatientId reachable(String name) {
        PatientId patient = fixtures.patient(clinic, name, "Reminder", LocalDate.of(1991, 2, 3), "+46 70 111 22 33");
        jdbc.sql("update patient set email = ? where id = ?")
                .params(name.toLowerCase() + "@example.org", patient.value())
                .update();
        login(patient);
        jdbc.sql("insert into home_program (id, patient_id) values (?, ?)")
                .params(UUID.randomUUID(), patient.value())
                .update();
        return patient;
    }

    private void login(PatientId patient) {
        jdbc.sql("insert into account (id, clinic_id, username, display_name, role, password_hash, enabled, patient_id)"
                        + " values (?, ?, ?, 'Patient', 'PATIENT', '{noop}x', true, ?)")
                .params(
                        UUID.randomUUID(),
                        clinic.value(),
                        "r-" + UUID.randomUUID().toString().substring(0, 20),
                        patient.value())
                .update();
    }

    private static ReminderSchedule schedule(LocalTime time, DayOfWeek... days) {
        return ReminderSchedule.of(Set.of(days), time, Set.of(ReminderChannel.PUSH, ReminderChannel.EMAIL));
    }

    private static PushDevice device(String endpoint) {
        return new PushDevice(endpoint, KEY, AUTH, NOW);
    }
}
