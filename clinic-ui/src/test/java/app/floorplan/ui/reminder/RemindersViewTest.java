package app.floorplan.ui.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.reminder.PracticeReminder;
import app.floorplan.core.reminder.ReminderChannel;
import app.floorplan.core.reminder.ReminderRepository;
import app.floorplan.core.reminder.ReminderSchedule;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.portal.PortalPatients;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
class RemindersViewTest extends SpringBrowserlessTest {

    private static final String FCM = "https://fcm.googleapis.com/fcm/send/tess-phone";
    private static final String KEY =
            "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM";

    @Autowired
    ApplicationContext context;

    @Autowired
    ReminderRepository reminders;

    private PortalPatients patients;

    @BeforeEach
    void patients() {
        patients = new PortalPatients(context);
        patients.program(patients.withLogin("reminders-tess"), 2);
        patients.program(patients.withLogin("reminders-empty"), 2);
        patients.program(patients.withLogin("reminders-pt-view"), 2);
    }

    @Test
    @WithUserDetails(value = "reminders-tess", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void she_chooses_days_and_a_time_and_turns_on_notifications_for_this_phone() {
        PatientId me = patients.withLogin("reminders-tess");
        RemindersView view = navigate(RemindersView.class);

        days().setValue(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
        test($view(TimePicker.class).id("reminder-time")).setValue(LocalTime.of(18, 30));
        test($view(Button.class).id("reminder-save")).click();
        view.subscribed("{\"endpoint\":\"" + FCM + "\",\"keys\":{\"p256dh\":\"" + KEY
                + "\",\"auth\":\"tBHItJI5svbpez7KI4CCXg\"}}");

        assertThat(reminders.find(me)).hasValueSatisfying(reminder -> {
            assertThat(reminder.on()).isTrue();
            assertThat(reminder.schedule().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
            assertThat(reminder.schedule().time()).isEqualTo(LocalTime.of(18, 30));
            assertThat(reminder.schedule().channels()).containsExactly(ReminderChannel.PUSH);
        });
        assertThat(reminders.devices(me))
                .extracting(device -> device.endpoint())
                .containsExactly(FCM);
        assertThat(text("reminder-status")).isEqualTo("Notifications are on for this phone.");
        assertThat(text("reminder-devices")).isEqualTo("Notifications are on for 1 phone or browser.");

        view.subscribed("{\"error\":\"denied\"}");
        assertThat(text("reminder-status")).startsWith("Notifications are blocked for FloorPlan in this browser");
        view.unsubscribed("{\"endpoint\":\"" + FCM + "\"}");
        assertThat(reminders.devices(me)).isEmpty();
    }

    @Test
    @WithUserDetails(value = "reminders-empty", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void no_day_is_refused_next_to_the_days_and_e_mail_is_not_offered_without_a_mail_server() {
        PatientId me = patients.withLogin("reminders-empty");
        navigate(RemindersView.class);

        test($view(TimePicker.class).id("reminder-time")).setValue(LocalTime.of(7, 0));
        test($view(Button.class).id("reminder-save")).click();

        assertThat(days().isInvalid()).isTrue();
        assertThat(days().getErrorMessage()).isEqualTo("Choose at least one day");
        assertThat($view(TimePicker.class).id("reminder-time").getValue()).isEqualTo(LocalTime.of(7, 0));
        assertThat(reminders.find(me)).isEmpty();
        CheckboxGroup<ReminderChannel> channels = channels();
        assertThat(channels.getListDataView().getItems()).containsExactly(ReminderChannel.PUSH);
        assertThat(channels.getHelperText()).contains("once your clinic has set up e-mail");
    }

    @Test
    @WithUserDetails(value = "therapist", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void her_physiotherapist_sees_on_the_portal_login_tab_that_reminders_are_on() {
        PatientId patient = patients.withLogin("reminders-pt-view");
        if (reminders.find(patient).isEmpty()) {
            reminders.save(
                    new PracticeReminder(
                            patient,
                            true,
                            ReminderSchedule.of(
                                    Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                                    LocalTime.of(18, 30),
                                    Set.of(ReminderChannel.PUSH)),
                            0),
                    Instant.now());
        }

        navigate("patients/" + patient, PatientView.class);
        TabSheet tabs = $view(TabSheet.class).single();
        for (int index = 0; index < tabs.getTabCount(); index++) {
            if (tabs.getTabAt(index).getLabel().equals("Portal login")) {
                tabs.setSelectedIndex(index);
            }
        }

        assertThat($view(Span.class).id("portal-reminders").getText())
                .isEqualTo("On · Monday, Thursday at 18:30 · notification on 0 devices");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<DayOfWeek> days() {
        return $view(CheckboxGroup.class).id("reminder-days");
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<ReminderChannel> channels() {
        return $view(CheckboxGroup.class).id("reminder-channels");
    }

    private String text(String id) {
        return $view(Paragraph.class).id(id).getText();
    }
}
