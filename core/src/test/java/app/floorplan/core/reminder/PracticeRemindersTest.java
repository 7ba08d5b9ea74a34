package app.floorplan.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.PatientSide;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PracticeRemindersTest {

    static final String FCM = "https://fcm.googleapis.com/fcm/send/device-one";
    static final String KEY = "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM";
    static final String AUTH = "tBHItJI5svbpez7KI4CCXg";

    private final PatientSide side = new PatientSide();
    private final InMemoryReminders store = new InMemoryReminders();
    private final RecordingSender sender = new RecordingSender();
    private final PracticeReminders reminders = new PracticeReminders(
            side.patientRepository,
            store,
            sender,
            new PushEndpoints(PushEndpoints.BROWSER_PUSH_SERVICES),
            Clock.systemUTC(),
            side.currentActor,
            side.auditTrail);
    private PatientId anna;

    @BeforeEach
    void annaIsLoggedIn() {
        anna = side.patient("Anna");
    }

    @Test
    void she_chooses_days_and_a_time_for_phone_notifications_and_sees_them_again() {
        var schedule = ReminderSchedule.of(
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(18, 30), Set.of(ReminderChannel.PUSH));

        PracticeReminder saved = reminders.save(true, schedule, 0);
        reminders.addDevice(new PushDevice(FCM, KEY, AUTH, Instant.now()));
        MyReminders mine = reminders.mine();

        assertThat(saved.version()).isEqualTo(1);
        assertThat(mine.reminder()).hasValueSatisfying(reminder -> {
            assertThat(reminder.on()).isTrue();
            assertThat(reminder.schedule()).isEqualTo(schedule);
        });
        assertThat(mine.devices()).isEqualTo(1);
        assertThat(actions())
                .containsExactly(
                        AuditAction.REMINDERS_CHANGED, AuditAction.REMINDER_DEVICE_ADDED, AuditAction.REMINDERS_VIEWED);
    }

    @Test
    void no_day_no_time_and_no_channel_are_each_refused_next_to_their_input() {
        assertThatThrownBy(() -> ReminderSchedule.of(Set.of(), null, Set.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field)
                        .containsExactly(ReminderFields.DAYS, ReminderFields.TIME, ReminderFields.CHANNELS));
    }

    @Test
    void e_mail_is_refused_when_the_clinic_has_no_address_for_her() {
        var schedule = ReminderSchedule.of(Set.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), Set.of(ReminderChannel.EMAIL));

        assertThatThrownBy(() -> reminders.save(true, schedule, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(
                                refused.violations().getFirst().field())
                        .isEqualTo(ReminderFields.CHANNELS));
        assertThat(store.settings).isEmpty();
    }

    @Test
    void a_change_from_a_stale_window_is_refused_instead_of_overwriting() {
        var schedule = ReminderSchedule.of(Set.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), Set.of(ReminderChannel.PUSH));
        reminders.save(true, schedule, 0);

        assertThatThrownBy(() -> reminders.save(false, schedule, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("changed in another window");
        assertThat(store.settings.get(anna).on()).isTrue();
    }

    @Test
    void a_push_address_outside_the_browsers_push_services_is_refused() {
        assertThatThrownBy(() -> reminders.addDevice(
                        new PushDevice("https://intranet.clinic.local/admin", KEY, AUTH, Instant.now())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reminders.addDevice(
                        new PushDevice("http://fcm.googleapis.com/fcm/send/x", KEY, AUTH, Instant.now())))
                .isInstanceOf(InvalidInputException.class);
        assertThat(store.devices).isEmpty();
    }

    @Test
    void she_removes_only_her_own_device() {
        reminders.addDevice(new PushDevice(FCM, KEY, AUTH, Instant.now()));
        side.patient("Bea");

        reminders.removeDevice(FCM);

        assertThat(store.devices).containsKey(FCM);
    }

    @Test
    void the_pt_sees_whether_reminders_are_on_for_her_clinics_patient_and_a_patient_cannot_ask() {
        reminders.save(
                true,
                ReminderSchedule.of(Set.of(DayOfWeek.FRIDAY), LocalTime.of(7, 15), Set.of(ReminderChannel.PUSH)),
                0);
        assertThatThrownBy(() -> reminders.status(anna)).isInstanceOf(AccessRefusedException.class);
        side.logInAsStaff();

        ReminderStatus status = reminders.status(anna);

        assertThat(status.on()).isTrue();
        assertThat(status.schedule())
                .hasValueSatisfying(schedule -> assertThat(schedule.time()).isEqualTo(LocalTime.of(7, 15)));
        assertThat(status.devices()).isZero();
        assertThatThrownBy(reminders::mine).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void the_browsers_push_services_are_accepted_over_https_only() {
        var policy = new PushEndpoints(PushEndpoints.BROWSER_PUSH_SERVICES);

        assertThat(policy.accepts(FCM)).isTrue();
        assertThat(policy.accepts("https://updates.push.services.mozilla.com/wpush/v2/abc"))
                .isTrue();
        assertThat(policy.accepts("https://web.push.apple.com/QGx")).isTrue();
        assertThat(policy.accepts("https://db5p.notify.windows.com/w/?token=x")).isTrue();
        assertThat(policy.accepts("https://fcm.googleapis.com.evil.example/x")).isFalse();
        assertThat(policy.accepts("http://localhost:8080/push")).isFalse();
        assertThat(new PushEndpoints(List.of("http://localhost")).accepts("http://localhost:8080/push"))
                .isTrue();
    }

    private List<AuditAction> actions() {
        return side.audit.stream().map(AuditEvent::action).toList();
    }
}
