package app.floorplan.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.Username;
import app.floorplan.core.diary.DiaryRepository;
import app.floorplan.core.diary.DiaryRequest;
import app.floorplan.core.diary.DiaryRequestId;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.portal.MyPlanView;
import app.floorplan.ui.portal.PortalPatients;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The bladder and bowel diary on her phone and the PT's daily totals, in the running application. */
@FloorPlanAppTest
class DiaryViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DiaryRepository diary;

    @Autowired
    ClinicCalendar calendar;

    @BeforeEach
    void aPatientWithALogin() {
        new PortalPatients(context).withLogin("diary-keeper");
    }

    @Test
    @WithUserDetails(value = "diary-keeper", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void she_notes_a_night_void_and_a_leak_sees_the_day_s_totals_and_strikes_a_line_out() {
        PatientId me = new PortalPatients(context).withLogin("diary-keeper");
        diary.addRequest(
                new DiaryRequest(DiaryRequestId.random(), me, calendar.today(), 3, therapist(), Instant.now()));
        navigate(MyPlanView.class);
        assertThat(text("my-diary-link")).isEqualTo("Bladder diary: day 1 of 3");
        navigate(MyDiaryView.class);
        assertThat(text("diary-request")).startsWith("Day 1 of 3");

        click("add-bladder");
        test($(TimePicker.class).id("diary-time")).setValue(LocalTime.of(0, 5));
        test($(Checkbox.class).id("passed-urine")).click();
        test($(IntegerField.class).id("voided-ml")).setValue(320);
        click("save-diary-line");
        @SuppressWarnings("unchecked")
        Select<Integer> urgency = $(Select.class).id("urgency");
        assertThat(urgency.getErrorMessage()).as("refused next to the field").isEqualTo("Choose how urgent it felt");
        assertThat($(IntegerField.class).id("voided-ml").getValue())
                .as("nothing typed is lost")
                .isEqualTo(320);
        test(urgency).selectItem("2 · a moderate urge, I could wait a while");
        test($(Checkbox.class).id("woke-her")).click();
        click("save-diary-line");

        click("add-bladder");
        test($(TimePicker.class).id("diary-time")).setValue(LocalTime.of(0, 10));
        test($(Checkbox.class).id("leaked")).click();
        click("save-diary-line");
        assertThat($(Component.class).id("leak-trigger").getElement().getProperty("errorMessage"))
                .isEqualTo("Choose what you were doing when you leaked");
        @SuppressWarnings("unchecked")
        Select<Object> trigger = $(Select.class).id("leak-trigger");
        test(trigger).selectItem("Coughing, sneezing or laughing");
        click("save-diary-line");

        assertThat(text("diary-lines"))
                .contains(
                        "passed urine once (1 at night)", "1 leak", "00:05 · passed urine 320 ml, urgency 2, woke her")
                .contains("00:10 · leaked: coughing, sneezing or laughing");
        click("strike-0");
        assertThat(text("diary-lines")).contains("(struck out)", "0 leaks");
        assertThat(diary.entries(me, calendar.today(), calendar.today())).hasSize(2);
    }

    @Test
    @WithUserDetails("therapist")
    void the_pt_asks_for_a_three_day_diary_and_reads_the_days() {
        PatientId patient = new PortalPatients(context).withoutLogin("Dora", "Diary");
        navigate("patients/" + patient, PatientView.class);
        Tab tab = $view(Tab.class).all().stream()
                .filter(found -> found.getLabel().equals("Diary"))
                .findFirst()
                .orElseThrow();
        $view(TabSheet.class).single().setSelectedTab(tab);
        assertThat(text("diary-days-table")).isEqualTo("Nothing recorded yet.");

        click("request-diary");

        assertThat(text("diary-requests")).startsWith("Asked for 3 days,");
        assertThat(diary.requests(patient)).hasSize(1);
    }

    private AccountId therapist() {
        return context.getBean(AccountRepository.class)
                .findByUsername(Username.of("therapist"))
                .orElseThrow()
                .id();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }
}
