package app.floorplan.ui.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.reminder.PracticeReminder;
import app.floorplan.core.reminder.PushDevice;
import app.floorplan.core.reminder.ReminderChannel;
import app.floorplan.core.reminder.ReminderRepository;
import app.floorplan.core.reminder.ReminderSchedule;
import app.floorplan.core.reminder.ReminderText;
import app.floorplan.persistence.testing.TestDatabaseInitializer;
import app.floorplan.ui.portal.PortalPatients;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A reminder is scheduled and sent the way it runs in production: the application's own scheduler (every second
 * here) finds it due at its time in the clinic's zone, posts it to the patient's push endpoint (a local stand-in that
 * decrypts what a phone would show) and mails it through a local SMTP server (GreenMail). Neither says anything about
 * her health. A patient whose login is disabled gets nothing.
 *
 * <p>The whole application as {@code @FloorPlanAppTest} starts it, with mail, push and the scheduler switched on: a
 * context of its own, so it is deliberately not a {@code @FloorPlanAppTest} and runs after the browserless tests
 * (see {@code BrowserlessTestsFirst}: a second context takes over Vaadin's security-context strategy for the JVM).
 */
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@TestPropertySource(
        properties = {"floorplan.demo-data=true", "floorplan.demo-programs=false", "vaadin.launch-browser=false"})
class ReminderDeliveryTest {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final PushReceiver PUSH = pushReceiver();

    @Autowired
    ApplicationContext context;

    @Autowired
    ReminderRepository reminders;

    @Autowired
    ClinicCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void localMailAndPush(DynamicPropertyRegistry properties) {
        SMTP.start();
        properties.add("spring.mail.host", () -> "localhost");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("floorplan.reminders.enabled", () -> "true");
        properties.add("floorplan.reminders.interval", () -> "1s");
        properties.add("floorplan.reminders.push-services", () -> "http://localhost");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
        PUSH.close();
    }

    @Test
    void a_due_reminder_reaches_her_phone_and_her_inbox_once_without_health_data_and_not_a_disabled_login()
            throws Exception {
        var patients = new PortalPatients(context);
        PatientId tess = reachable(patients, "reminder-tess", "tess@example.org", "tess");
        PatientId dora = reachable(patients, "reminder-dora", "dora@example.org", "dora");
        jdbc.sql("update account set enabled = false where patient_id = ?")
                .param(dora.value())
                .update();
        ZonedDateTime now = ZonedDateTime.ofInstant(Instant.now(), calendar.zone());
        LocalTime due = now.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        for (PatientId patient : Set.of(tess, dora)) {
            reminders.save(
                    new PracticeReminder(
                            patient,
                            true,
                            ReminderSchedule.of(
                                    Set.of(now.getDayOfWeek()),
                                    due,
                                    Set.of(ReminderChannel.PUSH, ReminderChannel.EMAIL)),
                            0),
                    Instant.now());
        }

        awaitDelivery();

        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("tess@example.org");
        assertThat(mails[0].getSubject()).isEqualTo(ReminderText.TITLE);
        String text = GreenMailUtil.getBody(mails[0]);
        assertThat(text).contains(ReminderText.BODY).contains("Reminders");
        assertThat(PUSH.received).singleElement().satisfies(push -> {
            assertThat(push.path()).isEqualTo("/push/tess");
            assertThat(push.authorization()).startsWith("vapid t=");
            assertThat(push.encoding()).isEqualTo("aes128gcm");
            assertThat(push.payload())
                    .contains("\"title\":\"" + ReminderText.TITLE + "\"")
                    .contains(ReminderText.BODY);
        });
        for (String shown : new String[] {text, PUSH.received.getFirst().payload()}) {
            assertThat(shown)
                    .doesNotContain("Tess", "Portal-", patients.exerciseName(0), patients.exerciseName(1))
                    .doesNotContainIgnoringCase("pain")
                    .doesNotContainIgnoringCase("pelvic");
        }
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'REMINDER_SENT' and patient_id = ?"
                                + " and outcome = 'SUCCESS' and actor_id is null")
                        .param(tess.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    /** Waits for the first deliveries, then a few more scheduler runs, so a second sending would be seen. */
    private static void awaitDelivery() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while ((SMTP.getReceivedMessages().length == 0 || PUSH.received.isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        Thread.sleep(3_000);
    }

    private PatientId reachable(PortalPatients patients, String username, String email, String device) {
        PatientId patient = patients.withLogin(username);
        patients.program(patient, 2);
        jdbc.sql("update patient set email = ? where id = ?")
                .params(email, patient.value())
                .update();
        reminders.addDevice(patient, new PushDevice(PUSH.endpoint(device), PUSH.p256dh(), PUSH.auth(), Instant.now()));
        return patient;
    }

    private static PushReceiver pushReceiver() {
        try {
            return new PushReceiver();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
