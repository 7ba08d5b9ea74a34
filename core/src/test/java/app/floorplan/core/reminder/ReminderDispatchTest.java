package app.floorplan.core.reminder;

import static app.floorplan.core.reminder.PracticeRemindersTest.AUTH;
import static app.floorplan.core.reminder.PracticeRemindersTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.PatientSide;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clinic's zone is Europe/Berlin (UTC+1 in November); 2026-11-23 is a Monday. */
class ReminderDispatchTest {

    private static final String PHONE = "https://fcm.googleapis.com/fcm/send/phone";
    private static final String OLD_TABLET = "https://fcm.googleapis.com/fcm/send/old-tablet";

    private final PatientSide side = new PatientSide();
    private final InMemoryReminders store = new InMemoryReminders();
    private final RecordingSender sender = new RecordingSender();
    private final ReminderDispatch dispatch =
            new ReminderDispatch(store, sender, side.calendar, side.auditTrail, Duration.ofHours(2));
    private final PatientId anna = side.patient("Anna");

    @Test
    void a_reminder_goes_out_once_its_clinic_time_has_come_and_only_once_that_day() {
        remind(anna, LocalTime.of(18, 0), ReminderChannel.PUSH);
        store.addDevice(anna, new PushDevice(PHONE, KEY, AUTH, Instant.now()));

        side.at(Instant.parse("2026-11-23T16:59:00Z"));
        assertThat(dispatch.sendDue()).isZero();
        side.at(Instant.parse("2026-11-23T17:00:30Z"));
        assertThat(dispatch.sendDue()).isEqualTo(1);
        side.at(Instant.parse("2026-11-23T17:01:30Z"));
        assertThat(dispatch.sendDue()).isZero();

        assertThat(sender.pushed).containsExactly(PHONE);
        assertThat(side.audit).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.REMINDER_SENT);
            assertThat(event.patient()).hasValue(anna);
            assertThat(event.actor()).isEmpty();
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
    }

    @Test
    void only_the_chosen_days_and_a_reminder_more_than_two_hours_late_is_not_sent() {
        remind(anna, LocalTime.of(8, 0), ReminderChannel.PUSH);
        store.addDevice(anna, new PushDevice(PHONE, KEY, AUTH, Instant.now()));

        side.at(Instant.parse("2026-11-24T07:05:00Z")); // Tuesday 08:05 in Berlin
        assertThat(dispatch.sendDue()).isZero();
        side.at(Instant.parse("2026-11-23T10:30:00Z")); // Monday 11:30 in Berlin
        assertThat(dispatch.sendDue()).isZero();
        assertThat(sender.pushed).isEmpty();
    }

    @Test
    void a_device_the_push_service_no_longer_knows_is_forgotten_and_e_mail_still_goes_out() {
        remind(anna, LocalTime.of(18, 0), ReminderChannel.PUSH, ReminderChannel.EMAIL);
        store.emails.put(anna, "anna@example.org");
        store.addDevice(anna, new PushDevice(OLD_TABLET, KEY, AUTH, Instant.now()));
        sender.answers.put(OLD_TABLET, SendOutcome.GONE);

        side.at(Instant.parse("2026-11-23T17:00:00Z"));
        assertThat(dispatch.sendDue()).isEqualTo(1);

        assertThat(store.devices).doesNotContainKey(OLD_TABLET);
        assertThat(sender.mailed).containsExactly("anna@example.org");
    }

    @Test
    void reminders_that_are_off_or_of_a_patient_out_of_reach_are_not_sent_and_a_failure_is_audited() {
        PatientId bea = side.patient("Bea");
        PatientId cara = side.patient("Cara");
        remind(anna, LocalTime.of(18, 0), ReminderChannel.PUSH);
        remind(bea, LocalTime.of(18, 0), ReminderChannel.PUSH);
        store.settings.put(
                cara,
                new PracticeReminder(
                        cara,
                        false,
                        ReminderSchedule.of(
                                Set.of(DayOfWeek.MONDAY), LocalTime.of(18, 0), Set.of(ReminderChannel.PUSH)),
                        1));
        store.addDevice(bea, new PushDevice(PHONE, KEY, AUTH, Instant.now()));
        store.unreachable.add(bea);

        side.at(Instant.parse("2026-11-23T17:00:00Z"));
        assertThat(dispatch.sendDue()).isZero();

        assertThat(sender.pushed).isEmpty();
        assertThat(side.audit)
                .extracting(AuditEvent::outcome)
                .as("anna has no device: nothing reached her")
                .containsExactly(AuditOutcome.FAILURE);
    }

    private void remind(PatientId patient, LocalTime time, ReminderChannel... channels) {
        store.save(
                new PracticeReminder(
                        patient, true, ReminderSchedule.of(Set.of(DayOfWeek.MONDAY), time, Set.of(channels)), 0),
                Instant.now());
    }
}
