package app.floorplan.ui.logging;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.RedFlagAnswers;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.Username;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.PainAtVisitSection;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.diary.DiaryRepository;
import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.export.RecordExports;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.IntakeRecords;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.progress.AlertScope;
import app.floorplan.core.progress.PracticeAlerts;
import app.floorplan.core.questionnaire.Assignment;
import app.floorplan.core.questionnaire.AssignmentId;
import app.floorplan.core.questionnaire.AssignmentRepository;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.ResponseId;
import app.floorplan.core.questionnaire.ResponseRepository;
import app.floorplan.core.questionnaire.ResponseSource;
import app.floorplan.ui.assessment.AssessmentView;
import app.floorplan.ui.assessment.RecordedAssessmentView;
import app.floorplan.ui.diary.MyDiaryView;
import app.floorplan.ui.error.PageNotFoundView;
import app.floorplan.ui.error.UnexpectedErrorView;
import app.floorplan.ui.exercise.ExerciseLibraryView;
import app.floorplan.ui.intake.IntakeView;
import app.floorplan.ui.patient.PatientDetailsEditView;
import app.floorplan.ui.patient.PatientListView;
import app.floorplan.ui.patient.PatientRegistrationView;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.portal.PortalPatients;
import app.floorplan.ui.program.ProgramEditorView;
import app.floorplan.ui.questionnaire.MyQuestionnaireView;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * No health data in the logs (issue 6, OWASP ASVS 5.0 16.2.5, HIPAA 164.312(b) keeps PHI in the audit trail only): a
 * sentinel typed into every free-text field of every form travels through save, validation refusal, conflict, view
 * and error paths, and never appears in a log event, in the console or on an error page.
 *
 * <p>{@link #FREE_TEXT_FIELDS} names every free-text input per form; the test fails when a form shows one that is not
 * listed, so a new field joins this test by being added there.
 */
@FloorPlanAppTest
@ExtendWith(OutputCaptureExtension.class)
class HealthDataStaysOutOfLogsTest extends SpringBrowserlessTest {

    /** Letters only, so name fields accept it and the valid paths are exercised, not only refusals. */
    private static final String SENTINEL = "Zzsentinel" + randomLetters(12);

    private static final String PATIENT = "log-watch-patient";

    private static final Map<String, Set<String>> FREE_TEXT_FIELDS = Map.ofEntries(
            Map.entry("patient registration", Set.of("givenName", "familyName", "phone", "email", "notes")),
            Map.entry("patient details", Set.of("givenName", "familyName", "phone", "email", "notes")),
            Map.entry("patient list", Set.of("patient-search")),
            Map.entry("intake", Set.of("surgery-details")),
            Map.entry("intake correction", Set.of("surgery-details", "correction-reason")),
            Map.entry("red-flag resolution", Set.of("outcome-note")),
            Map.entry("assessment correction", Set.of("revision-reason")),
            Map.entry("exercise", Set.of("exercise-search")),
            Map.entry(
                    "new exercise",
                    Set.of(
                            "exercise-name",
                            "exercise-purpose",
                            "exercise-setUp",
                            "exercise-steps",
                            "exercise-cues",
                            "exercise-watchForNote",
                            "dosage-load",
                            "exercise-precautions")),
            Map.entry(
                    "program",
                    Set.of(
                            "program-goals-0",
                            "program-goals-1",
                            "program-goals-2",
                            "program-goals-3",
                            "program-goals-4",
                            "program-items-0-note",
                            "program-items-0-dosage-load",
                            "program-freeTextAdvice")),
            Map.entry(
                    "questionnaire paper copy",
                    Set.of("activity-1", "activity-2", "activity-3", "activity-4", "activity-5")),
            Map.entry(
                    "questionnaire correction",
                    Set.of("activity-1", "activity-2", "activity-3", "activity-4", "activity-5", "revision-reason")));

    private final Map<String, Set<String>> filled = new TreeMap<>();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Logger application = (Logger) LoggerFactory.getLogger("app.floorplan");
    private Level rootLevel;
    private Level applicationLevel;

    @Autowired
    PatientRegistry registry;

    @Autowired
    AssessmentRecords assessments;

    @Autowired
    IntakeRecords intakes;

    @Autowired
    ApplicationContext context;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    ResponseRepository responses;

    @Autowired
    DiaryRepository diary;

    @Autowired
    ClinicCalendar calendar;

    /** Before the security context is set up, which needs her login. */
    @BeforeEach
    void thePatientHasALogin() {
        new PortalPatients(context).withLogin(PATIENT);
    }

    @Autowired
    PlanDocuments planDocuments;

    @Autowired
    RecordExports recordExports;

    @BeforeEach
    void captureEveryLogEvent() {
        rootLevel = root.getLevel();
        applicationLevel = application.getLevel();
        root.setLevel(Level.INFO);
        application.setLevel(Level.TRACE);
        events.start();
        root.addAppender(events);
    }

    @AfterEach
    void restoreLogging() {
        root.detachAppender(events);
        root.setLevel(rootLevel);
        application.setLevel(applicationLevel);
    }

    @Test
    @WithUserDetails("therapist")
    void a_sentinel_in_every_free_text_field_never_reaches_the_logs_or_an_error_page(CapturedOutput output) {
        PatientId patient = registerThroughTheForm();
        editDetailsIntoAConflict(patient);
        searchThePatientList();
        recordAndCorrectAnIntakeWithARedFlag(patient);
        correctAnAssessment(patient);
        addAClinicExercise();
        prescribeAProgram(patient);
        enterAndCorrectAPsfsPaperCopy(patient);
        exportTheRecord(patient);
        readThePatientPage(patient);
        openErrorPagesWithTheSentinel();

        assertThat(filled)
                .as("free-text fields per form (add a new field to FREE_TEXT_FIELDS)")
                .isEqualTo(new TreeMap<>(FREE_TEXT_FIELDS));
        assertThat(events.list).as("log events captured").isNotEmpty();
        assertThat(leaks()).as("log events that carry the sentinel").isEmpty();
        assertThat(output.getAll()).as("console output").doesNotContain(SENTINEL);
    }

    private PatientId registerThroughTheForm() {
        navigate(PatientRegistrationView.class);
        fillEveryFreeTextField("patient registration");
        test($view(DatePicker.class).id("dateOfBirth")).setValue(LocalDate.of(1990, 5, 6));
        click("save-patient");
        assertThat(getCurrentView()).as("phone and e-mail refused").isInstanceOf(PatientRegistrationView.class);

        test($view(TextField.class).id("phone")).setValue("+46 70 555 01 02");
        test($view(EmailField.class).id("email")).setValue("sentinel@example.org");
        click("save-patient");
        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
        return PatientId.of(UI.getCurrent().getActiveViewLocation().getPath().substring("patients/".length()));
    }

    private void editDetailsIntoAConflict(PatientId patient) {
        navigate("patients/" + patient + "/details", PatientDetailsEditView.class);
        fillEveryFreeTextField("patient details");
        test($view(TextField.class).id("phone")).setValue("+46 70 555 01 03");
        test($view(EmailField.class).id("email")).setValue("sentinel@example.org");
        Patient opened = registry.open(patient);
        registry.update(patient, opened.version(), opened.details());
        click("save-patient");
        assertThat($view(Component.class).id("edit-conflict").isVisible()).isTrue();
        click("save-mine-anyway");
        assertThat(getCurrentView()).isInstanceOf(PatientView.class);
    }

    private void searchThePatientList() {
        navigate(PatientListView.class);
        fillEveryFreeTextField("patient list");
    }

    private void recordAndCorrectAnIntakeWithARedFlag(PatientId patient) {
        navigate("patients/" + patient + "/intake", IntakeView.class);
        test($view(Checkbox.class).id("surgery")).click();
        fillEveryFreeTextField("intake");
        click("save-intake");
        assertThat(getCurrentView()).as("incomplete intake refused").isInstanceOf(IntakeView.class);

        test($view(IntegerField.class).id("gravida")).setValue(1);
        test($view(IntegerField.class).id("para")).setValue(1);
        test($view(RadioButtonGroup.class).id("feeding")).selectItem("Exclusive breastfeeding");
        test($view(IntegerField.class).id("nrs-now")).setValue(4);
        test($view(IntegerField.class).id("nrs-worst-last-week")).setValue(6);
        test($view(CheckboxGroup.class).id("pain-sites")).selectItem("Lower back");
        for (RedFlag flag : RedFlag.asked()) {
            test($view(RadioButtonGroup.class).id("red-flag-" + flag.name()))
                    .selectItem(flag == RedFlag.SEVERE_NIGHT_PAIN ? "Yes" : "No");
        }
        click("save-intake");
        assertThat($view(Button.class).id("save-intake").getText()).isEqualTo("Save correction");

        test($view(IntegerField.class).id("nrs-now")).setValue(3);
        fillEveryFreeTextField("intake correction");
        click("save-intake");
        assertThat(intakes.versions(patient).versions()).as("intake corrected").hasSize(2);

        click("record-outcome-intake");
        test($(RadioButtonGroup.class).id("outcome-urgency")).selectItem("Cleared: no referral needed");
        fillEveryFreeTextField("red-flag resolution");
        test($(Button.class).id("record-outcome")).click();
        assertThat($(RadioButtonGroup.class).withId("outcome-urgency").exists())
                .as("resolution recorded")
                .isFalse();
    }

    private void correctAnAssessment(PatientId patient) {
        leaveTheFormFor("patients/" + patient + "/assessments/new", AssessmentView.class);
        click("save-assessment");
        AssessmentId id = assessments
                .record(
                        patient,
                        LocalDate.now(),
                        AssessmentSections.builder()
                                .painAtVisit(PainAtVisitSection.of(3, 5))
                                .build(),
                        RedFlagAnswers.noRedFlags())
                .current()
                .id();
        navigate(RecordedAssessmentView.class, Map.of("patientId", patient.toString(), "assessmentId", id.toString()));
        click("correct-assessment");
        click("save-correction");
        fillEveryFreeTextField("assessment correction");
        click("save-correction");
        assertThat(assessments.open(patient, id).versions())
                .as("assessment corrected")
                .hasSize(2);
    }

    private void addAClinicExercise() {
        navigate(ExerciseLibraryView.class);
        fillEveryFreeTextField("exercise");
        click("new-exercise");
        fillEveryFreeTextField("new exercise");
        test($(Select.class).id("exercise-category")).selectItem("Lifting");
        test($(Select.class).id("exercise-phase")).selectItem("4 · Strength and function");
        test($(IntegerField.class).id("dosage-reps")).setValue(5);
        test($(Button.class).id("save-exercise")).click();
        assertThat($(Component.class).withId("exercise-form").exists())
                .as("exercise saved")
                .isFalse();
    }

    /** The handout and the FHIR bundle carry every sentinel; making them must log none of it. */
    private void exportTheRecord(PatientId patient) {
        assertThat(planDocuments.version(patient, 1, PaperSize.A4)).isPresent();
        assertThat(new String(recordExports.fhirBundle(patient).content(), StandardCharsets.UTF_8))
                .as("the sentinel is in the export, also as the PSFS activity of a QuestionnaireResponse")
                .contains(SENTINEL)
                .contains("\"resourceType\": \"QuestionnaireResponse\"");
    }

    private void prescribeAProgram(PatientId patient) {
        navigate("patients/" + patient + "/program", ProgramEditorView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Object> box = $view(ComboBox.class).id("add-exercise-choice");
        var choice = test(box);
        choice.setFilter(SENTINEL);
        choice.selectItem(choice.getSuggestions().getFirst());
        click("add-exercise");
        @SuppressWarnings("unchecked")
        Select<Object> phase = $view(Select.class).id("program-phase");
        test(phase).selectItem(test(phase).getSuggestions().getFirst());
        fillEveryFreeTextField("program");
        click("save-program");
        assertThat($view(Component.class).id("program-status").getElement().getTextRecursively())
                .as("program prescribed")
                .contains("Version 1");
    }

    /** The PSFS keeps the activities in her words: the only free text of a questionnaire response. */
    private void enterAndCorrectAPsfsPaperCopy(PatientId patient) {
        leaveTheFormFor("patients/" + patient, PatientView.class);
        Tab questionnaires = $view(Tab.class).all().stream()
                .filter(tab -> tab.getLabel().equals("Questionnaires"))
                .findFirst()
                .orElseThrow();
        $view(TabSheet.class).single().setSelectedTab(questionnaires);
        click("enter-paper-copy");
        test($(Select.class).id("paper-instrument")).selectItem("PSFS · Patient-Specific Functional Scale");
        fillEveryFreeTextField("questionnaire paper copy");
        click("save-paper-copy");
        assertThat($(BigDecimalField.class).id("item-1").getErrorMessage())
                .as("named activities without ratings refused")
                .isEqualTo("Rate the activity from 0 to 10");
        for (int activity = 1; activity <= 5; activity++) {
            test($(BigDecimalField.class).id("item-" + activity)).setValue(BigDecimal.valueOf(activity + 2));
        }
        click("save-paper-copy");
        click("open-response-0");
        click("correct-response");
        fillEveryFreeTextField("questionnaire correction");
        test($(BigDecimalField.class).id("item-1")).setValue(BigDecimal.TEN);
        click("save-paper-copy");
        assertThat(questionnaires(patient)).as("PSFS corrected").isEqualTo(2);
    }

    private int questionnaires(PatientId patient) {
        var response = responses.currentFor(patient).getFirst();
        return responses.versions(response.id()).size();
    }

    /**
     * What a patient sends is numbers (and the PSFS's names, above), so here no log event may name what she answered:
     * the questionnaire, its assignment or response, or her diary line.
     */
    @Test
    @WithUserDetails(value = PATIENT, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void her_questionnaire_answers_and_diary_lines_never_reach_the_logs(CapturedOutput output) {
        PatientId me = new PortalPatients(context).withLogin(PATIENT);
        var assignment = Assignment.assign(
                AssignmentId.random(),
                me,
                Instrument.PFIQ_7,
                calendar.today(),
                Optional.empty(),
                therapist(),
                Instant.now(),
                calendar.today());
        assignments.add(assignment);

        navigate("my-questionnaires/" + assignment.id(), MyQuestionnaireView.class);
        click("start-questionnaire");
        click("answer-3");
        for (int item = 2; item <= 21; item++) {
            click("skip-question");
        }
        click("send-questionnaire");
        assertThat($(Component.class).id("questionnaire-status").getElement().getTextRecursively())
                .as("refused: two of its parts have no answer")
                .contains("Answer at least one");
        click("change-answers");
        for (int item = 2; item <= 21; item++) {
            click("answer-2");
        }
        click("send-questionnaire");
        assertThat(responses.currentFor(me)).as("sent").hasSize(1);
        navigate(MyDiaryView.class);
        click("add-bladder");
        test($(Checkbox.class).id("leaked")).click();
        @SuppressWarnings("unchecked")
        Select<Object> trigger = $(Select.class).id("leak-trigger");
        test(trigger).selectItem("Coughing, sneezing or laughing");
        click("save-diary-line");
        var line = diary.entries(me, calendar.today(), calendar.today());
        assertThat(line).as("diary line saved").hasSize(1);

        var named = List.of(
                me.toString(),
                assignment.id().toString(),
                responses.currentFor(me).getFirst().id().toString(),
                line.getFirst().id().toString(),
                "PFIQ",
                "QuestionnaireAnswers",
                "BladderEntry");
        // her flow may log nothing at all; this line proves the capture is attached where the application logs
        application.info("capture check");
        assertThat(events.list).as("log events captured").isNotEmpty();
        assertThat(events.list.stream()
                        .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage() + " "
                                + event.getMDCPropertyMap())
                        .filter(event -> named.stream().anyMatch(event::contains))
                        .toList())
                .as("log events that name her answers")
                .isEmpty();
        assertThat(named).noneMatch(output.getAll()::contains);
    }

    /**
     * An EPDS with item 10 above 0 raises the PT's urgent alert and leaves FloorPlan in her record; no log event names
     * the response, the instrument or the item, however the PT reads, acknowledges and exports it.
     */
    @Test
    @WithUserDetails("therapist")
    void an_epds_self_harm_answer_its_alert_and_its_export_never_reach_the_logs(CapturedOutput output) {
        PatientId quinn = new PortalPatients(context).withoutLogin("Quinn", "Logless");
        var items = new java.util.HashMap<Integer, Integer>();
        for (int item = 1; item <= 10; item++) {
            items.put(item, item == 10 ? 2 : 1);
        }
        var response = QuestionnaireResponse.first(
                ResponseId.random(),
                quinn,
                Optional.empty(),
                calendar.today(),
                ResponseSource.PAPER,
                QuestionnaireAnswers.ofInts(Instrument.EPDS, items),
                therapist(),
                Instant.now(),
                calendar.today());
        responses.submit(response);
        PracticeAlerts alerts = context.getBean(PracticeAlerts.class);
        var alert = alerts.list(AlertScope.MINE, false).stream()
                .filter(found -> found.key().patient().equals(quinn))
                .findFirst()
                .orElseThrow();
        alerts.acknowledge(alert.key(), "Called her");
        assertThat(new String(recordExports.fhirBundle(quinn).content(), StandardCharsets.UTF_8))
                .contains("https://floorplan.app/fhir/Questionnaire/epds");

        var named = List.of(response.id().toString(), "EPDS", "self-harm", "item 10", "QuestionnaireResponse");
        application.info("capture check");
        assertThat(events.list.stream()
                        .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage() + " "
                                + event.getMDCPropertyMap())
                        .filter(event -> named.stream().anyMatch(event::contains))
                        .toList())
                .as("log events that name her answer, its alert or its export")
                .isEmpty();
        assertThat(named).noneMatch(output.getAll()::contains);
    }

    private AccountId therapist() {
        return context.getBean(AccountRepository.class)
                .findByUsername(Username.of(DemoClinic.PT.username()))
                .orElseThrow()
                .id();
    }

    private void readThePatientPage(PatientId patient) {
        leaveTheFormFor("patients/" + patient, PatientView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains(SENTINEL);
    }

    private void openErrorPagesWithTheSentinel() {
        // a mistyped address: "page not found", which never repeats the address
        for (String route : List.of("patients/" + SENTINEL, "patients/" + SENTINEL + "/program")) {
            UI.getCurrent().navigate(route);
            assertThat(getCurrentView()).as("page for " + route).isInstanceOf(PageNotFoundView.class);
            assertThat(getCurrentView().getElement().getTextRecursively())
                    .as("not-found page text")
                    .isNotBlank()
                    .doesNotContain(SENTINEL);
        }
        // a failure whose message quotes what was typed: the generic error page and an incident id, in this session
        // only
        RouteConfiguration.forSessionScope().setRoute("failing-with-the-sentinel", FailingView.class);
        UI.getCurrent().navigate("failing-with-the-sentinel");
        assertThat(getCurrentView()).as("error page").isInstanceOf(UnexpectedErrorView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .as("error page text")
                .isNotBlank()
                .doesNotContain(SENTINEL);
    }

    /** A view that fails as a constraint violation would, quoting a typed value in the exception's message. */
    @PermitAll
    public static class FailingView extends Div implements BeforeEnterObserver {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("value \"" + SENTINEL + "\" violates check constraint");
        }
    }

    /** Leaves a form that still holds typed text, as the person would: by confirming "leave without saving". */
    private void leaveTheFormFor(String route, Class<? extends Component> view) {
        UI.getCurrent().navigate(route);
        $(ConfirmDialog.class).withCondition(ConfirmDialog::isOpened).all().forEach(leave -> test(leave)
                .confirm());
        assertThat(getCurrentView()).isInstanceOf(view);
    }

    /** Types the sentinel into every visible, enabled text input of the UI and notes which ones under the form. */
    private void fillEveryFreeTextField(String form) {
        Set<String> ids = new TreeSet<>();
        for (TextFieldBase<?, ?> field : textInputs()) {
            ids.add(field.getId().orElse("label: " + field.getLabel()));
            type(field, SENTINEL);
        }
        filled.put(form, ids);
    }

    /** The text inputs of the open dialog when there is one (the view behind it is not the form being filled). */
    private List<TextFieldBase<?, ?>> textInputs() {
        Optional<Dialog> dialog =
                $(Dialog.class).withCondition(Dialog::isOpened).all().stream().findFirst();
        List<TextFieldBase<?, ?>> inputs = new ArrayList<>();
        for (TextFieldBase<?, ?> field : $(TextFieldBase.class).all()) {
            if (field.getValue() instanceof String
                    && test(field).isUsable()
                    && dialog.map(open -> isInside(field, open)).orElse(true)) {
                inputs.add(field);
            }
        }
        return inputs;
    }

    private static boolean isInside(Component component, Component container) {
        for (Optional<Component> at = Optional.of(component);
                at.isPresent();
                at = at.get().getParent()) {
            if (at.get() == container) {
                return true;
            }
        }
        return false;
    }

    private void type(TextFieldBase<?, ?> field, String value) {
        switch (field) {
            case TextField text -> test(text).setValue(value);
            case TextArea area -> test(area).setValue(value);
            case EmailField email -> test(email).setValue(value);
            default -> throw new AssertionError("a text input this test cannot type into: " + field.getClass());
        }
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }

    private List<String> leaks() {
        return events.list.stream()
                .filter(event -> carriesSentinel(event))
                .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage())
                .collect(Collectors.toList());
    }

    private static boolean carriesSentinel(ILoggingEvent event) {
        if (String.valueOf(event.getFormattedMessage()).contains(SENTINEL)
                || event.getMDCPropertyMap().toString().contains(SENTINEL)) {
            return true;
        }
        for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            if (String.valueOf(thrown.getMessage()).contains(SENTINEL)) {
                return true;
            }
        }
        return false;
    }

    private static String randomLetters(int count) {
        SecureRandom random = new SecureRandom();
        return random.ints(count, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
