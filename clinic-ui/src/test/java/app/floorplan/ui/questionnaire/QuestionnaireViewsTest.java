package app.floorplan.ui.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.Username;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.progress.AlertRules;
import app.floorplan.core.questionnaire.Assignment;
import app.floorplan.core.questionnaire.AssignmentId;
import app.floorplan.core.questionnaire.AssignmentRepository;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.ResponseRepository;
import app.floorplan.core.questionnaire.ResponseSource;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.portal.MyPlanView;
import app.floorplan.ui.portal.PortalPatients;
import app.floorplan.ui.progress.AlertsView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Assigning (PT), filling in (patient, one question a screen, stop and continue, send once) and entering a paper copy
 * (PT, with refusals next to the fields and a correction as a new version), in the running application.
 */
@FloorPlanAppTest
class QuestionnaireViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    ResponseRepository responses;

    @Autowired
    ClinicCalendar calendar;

    @BeforeEach
    void patientsHaveLogins() {
        var patients = new PortalPatients(context);
        patients.withLogin("q-fill-in");
        patients.withLogin("q-nothing-yet");
    }

    @Test
    @WithUserDetails("therapist")
    void the_pt_assigns_the_pfdi_20_every_four_weeks_from_the_questionnaires_tab() {
        PatientId patient = new PortalPatients(context).withoutLogin("Quinn", "Assigned");
        openTab(patient, "Questionnaires");

        test($view(Select.class).id("assign-instrument")).selectItem("PFDI-20 · Pelvic Floor Distress Inventory-20");
        test($view(RadioButtonGroup.class).id("assign-repeat")).selectItem("Repeat");
        test($view(IntegerField.class).id("assign-weeks")).setValue(4);
        test($view(Button.class).id("assign-questionnaire")).click();

        assertThat(assignments.forPatient(patient)).singleElement().satisfies(assignment -> {
            assertThat(assignment.instrument()).isEqualTo(Instrument.PFDI_20);
            assertThat(assignment.repeatWeeks()).contains(4);
        });
        assertThat(text("assignments")).contains("PFDI-20", "every 4 weeks from", "Waiting for her answers since");
        assertThat(text("assign-how")).contains("PSFS, EPDS, ODI, ICIQ-UI SF, PGQ cannot be sent to her phone");
    }

    @Test
    @WithUserDetails("therapist")
    void a_repeat_beyond_a_year_is_refused_next_to_the_field_and_kept_as_typed() {
        PatientId patient = new PortalPatients(context).withoutLogin("Quinn", "Yearly");
        openTab(patient, "Questionnaires");
        IntegerField weeks = $view(IntegerField.class).id("assign-weeks");

        test($view(RadioButtonGroup.class).id("assign-repeat")).selectItem("Repeat");
        test(weeks).setValue(60);
        test($view(Button.class).id("assign-questionnaire")).click();

        assertThat(weeks.isInvalid()).isTrue();
        assertThat(weeks.getErrorMessage()).isEqualTo("Repeat every 1 to 52 weeks");
        assertThat(weeks.getValue()).isEqualTo(60);
        assertThat(assignments.forPatient(patient)).isEmpty();
    }

    @Test
    @WithUserDetails(value = "q-fill-in", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void she_fills_it_in_one_question_a_screen_stops_continues_and_sends_it_once() {
        PatientId me = new PortalPatients(context).withLogin("q-fill-in");
        assign(me, Instrument.PFDI_20);
        navigate(MyPlanView.class);
        assertThat(text("questionnaires-to-fill-in")).isEqualTo("1 questionnaire to fill in");

        test($view(RouterLink.class).all().stream()
                        .filter(link -> link.getText().equals("Fill in your PFDI-20"))
                        .findFirst()
                        .orElseThrow())
                .click();
        assertThat(getCurrentView()).isInstanceOf(MyQuestionnaireView.class);
        assertThat(text("questionnaire-screen")).contains("printed PFDI-20", "not shown here");
        click("start-questionnaire");
        assertThat(text("question-number")).isEqualTo("Question 1");
        assertThat(text("question-topic")).isEqualTo("1 of 20 · about pressure low in the belly");
        click("answer-2");
        click("answer-1");
        assertThat(text("question-number")).isEqualTo("Question 3");

        // she stops, and comes back later from My plan
        navigate(MyPlanView.class);
        assertThat($view(RouterLink.class).all())
                .extracting(RouterLink::getText)
                .contains("Continue your PFDI-20");
        navigate("my-questionnaires/" + assignments.forPatient(me).getFirst().id(), MyQuestionnaireView.class);
        assertThat(text("question-number")).as("where she left off").isEqualTo("Question 3");

        for (int item = 3; item <= 20; item++) {
            click(item == 20 ? "skip-question" : "answer-0");
        }
        assertThat(text("review-summary")).contains("19 of 20", "Not answered: 20");
        click("send-questionnaire");

        assertThat(text("questionnaire-sent")).startsWith("Thank you. Your PFDI-20 was sent on");
        assertThat(responses.currentFor(me)).singleElement().satisfies(response -> {
            assertThat(response.source()).isEqualTo(ResponseSource.PATIENT);
            // POPDI-6: (2 + 1 + 0 + 0 + 0 + 0) / 6 x 25 = 12.5; CRADI-8 0; UDI-6 0 of the five answered
            assertThat(response.score().total()).isEqualByComparingTo("12.5");
        });
        navigate(MyPlanView.class);
        assertThat($view(Paragraph.class).all()).noneMatch(p -> p.getText().contains("to fill in"));
        navigate("my-questionnaires/" + assignments.forPatient(me).getFirst().id(), MyQuestionnaireView.class);
        assertThat($view(Component.class).withId("answer-options").exists())
                .as("sent: no answers can be changed")
                .isFalse();
        assertThat(text("questionnaire-sent")).contains("was sent on");
    }

    @Test
    @WithUserDetails(value = "q-nothing-yet", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void sending_with_a_whole_part_unanswered_is_refused_with_the_reason() {
        PatientId me = new PortalPatients(context).withLogin("q-nothing-yet");
        assign(me, Instrument.PFIQ_7);
        navigate("my-questionnaires/" + assignments.forPatient(me).getFirst().id(), MyQuestionnaireView.class);
        click("start-questionnaire");
        click("answer-1");
        for (int item = 2; item <= 21; item++) {
            click("skip-question");
        }

        click("send-questionnaire");

        assertThat(text("questionnaire-status")).contains("Answer at least one bowel or rectum item");
        assertThat(responses.currentFor(me)).isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void the_pt_enters_a_psfs_paper_copy_with_refusals_by_field_then_corrects_it_as_a_new_version() {
        PatientId patient = new PortalPatients(context).withoutLogin("Quinn", "Paper");
        openTab(patient, "Questionnaires");
        click("enter-paper-copy");
        test($(Select.class).id("paper-instrument")).selectItem("PSFS · Patient-Specific Functional Scale");
        assertThat(text("paper-licence")).contains("reproduced with the authors' permission only");
        test($(TextField.class).id("activity-1")).setValue("Lifting the <b>car seat</b>");
        test($(BigDecimalField.class).id("item-1")).setValue(new BigDecimal("11"));
        test($(TextField.class).id("activity-2")).setValue("Feeding in the armchair");

        click("save-paper-copy");

        BigDecimalField first = $(BigDecimalField.class).id("item-1");
        assertThat(first.getErrorMessage()).isEqualTo("Enter a whole number from 0 to 10");
        assertThat($(BigDecimalField.class).id("item-2").getErrorMessage()).isEqualTo("Rate the activity from 0 to 10");
        assertThat($(TextField.class).id("activity-1").getValue())
                .as("nothing typed is lost")
                .contains("car seat");
        test(first).setValue(new BigDecimal("4"));
        test($(BigDecimalField.class).id("item-2")).setValue(new BigDecimal("6"));
        click("save-paper-copy");

        assertThat(text("responses")).contains("PSFS 5 of 10", "Paper copy");
        click("open-response-0");
        assertThat(text("response-dialog")).contains("Lifting the <b>car seat</b>", "Version 1 (current)");
        click("correct-response");
        test($(BigDecimalField.class).id("item-2")).setValue(new BigDecimal("8"));
        click("save-paper-copy");
        assertThat($(TextArea.class).id("revision-reason").isInvalid())
                .as("a correction needs a reason")
                .isTrue();
        test($(TextArea.class).id("revision-reason")).setValue("Activity 2 was 8 on the sheet");
        click("save-paper-copy");

        var versions =
                responses.versions(responses.currentFor(patient).getFirst().id());
        assertThat(versions).hasSize(2);
        assertThat(versions.getLast().score().total()).isEqualByComparingTo("6");
        assertThat(versions.getFirst().revision().replaced()).isTrue();
    }

    @Test
    @WithUserDetails("therapist")
    void an_epds_with_item_10_above_0_shows_the_urgent_banner() {
        PatientId patient = new PortalPatients(context).withoutLogin("Quinn", "Epds");
        openTab(patient, "Questionnaires");
        click("enter-paper-copy");
        test($(Select.class).id("paper-instrument")).selectItem("EPDS · Edinburgh Postnatal Depression Scale");
        for (int item = 1; item <= 10; item++) {
            @SuppressWarnings("unchecked")
            Select<BigDecimal> score = $(Select.class).id("item-" + item);
            test(score).selectItem(item == 10 ? "1" : "0");
        }
        click("save-paper-copy");

        assertThat(text("self-harm-banner"))
                .startsWith("Urgent, answered ")
                .contains("EPDS item 10 (thoughts of self-harm) scored 1: ask about her safety today");

        navigate(AlertsView.class);
        int urgentBefore = urgentBadge();
        String reason = "EPDS item 10 scored 1 (of 3) in the questionnaire of " + AlertRules.day(calendar.today());
        int alert = alertWith(reason);
        assertThat(text("alert-" + alert + "-urgent")).isEqualTo("Urgent");
        assertThat(text("alert-" + alert + "-urgent-reasons")).contains("ask about her safety today");
        for (int before = 0; before < alert; before++) {
            assertThat($view(Div.class).id("alert-" + before).hasClassName("fp-alert-urgent"))
                    .as("urgent alerts come first")
                    .isTrue();
        }

        test($view(Button.class).id("alert-" + alert + "-acknowledge")).click();
        test($(TextArea.class).id("ack-note")).setValue("Called her; perinatal mental health team today");
        click("confirm-ack");

        // other tests' patients may have answered the same today: hers is the one that must be gone
        assertThat(alertsWith(reason).stream().map(index -> text("alert-" + index + "-patient")))
                .doesNotContain("Quinn Epds");
        assertThat(urgentBadge()).isEqualTo(urgentBefore - 1);
    }

    /** The urgent count beside the Alerts menu item; the badge hides itself at 0 (so on a day with no other alert). */
    private static int urgentBadge() {
        Component badge = withId(UI.getCurrent(), "alert-badge-urgent").orElseThrow();
        boolean shown =
                badge.isVisible() && badge.getParent().map(Component::isVisible).orElse(false);
        return shown ? Integer.parseInt(((Span) badge).getText().replaceAll("\\D", "")) : 0;
    }

    private static Optional<Component> withId(Component root, String id) {
        if (root.getId().filter(id::equals).isPresent()) {
            return Optional.of(root);
        }
        return root.getChildren()
                .map(child -> withId(child, id))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The index of Quinn's alert with this reason. */
    private int alertWith(String reason) {
        return alertsWith(reason).stream()
                .filter(index -> text("alert-" + index + "-patient").equals("Quinn Epds"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no alert with " + reason + " in " + reasonTexts()));
    }

    private List<Integer> alertsWith(String reason) {
        return $view(Span.class).all().stream()
                .filter(span -> span.getId().orElse("").matches("alert-\\d+-reason-\\d+"))
                .filter(span -> span.getText().equals(reason))
                .map(span -> Integer.parseInt(span.getId().orElseThrow().split("-")[1]))
                .toList();
    }

    private List<String> reasonTexts() {
        return $view(Span.class).all().stream()
                .filter(span -> span.getId().orElse("").matches("alert-\\d+-reason-\\d+"))
                .map(Span::getText)
                .toList();
    }

    private void assign(PatientId patient, Instrument instrument) {
        assignments.add(Assignment.assign(
                AssignmentId.random(),
                patient,
                instrument,
                calendar.today(),
                Optional.empty(),
                therapist(),
                Instant.now(),
                calendar.today()));
    }

    private AccountId therapist() {
        return context.getBean(AccountRepository.class)
                .findByUsername(Username.of("therapist"))
                .orElseThrow()
                .id();
    }

    private void openTab(PatientId patient, String label) {
        navigate("patients/" + patient, PatientView.class);
        Tab tab = $view(Tab.class).all().stream()
                .filter(found -> found.getLabel().equals(label))
                .findFirst()
                .orElseThrow();
        $view(TabSheet.class).single().setSelectedTab(tab);
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }
}
