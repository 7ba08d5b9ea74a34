package app.floorplan.ui.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.Username;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeId;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientQuery;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.ResponseId;
import app.floorplan.core.questionnaire.ResponseRepository;
import app.floorplan.core.questionnaire.ResponseSource;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.portal.PortalPatients;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** Progress over time: the PT's charts and printable summary, and the patient's own measures on her phone. */
@FloorPlanAppTest
class OutcomeViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ResponseRepository responses;

    @Autowired
    ClinicCalendar calendar;

    private PatientId patient;

    @BeforeEach
    void aPatientWithTwoPfdi20ScoresAndAnEpds() {
        var patients = new PortalPatients(context);
        patient = patients.withLogin("outcome-viewer");
        if (!responses.currentFor(patient).isEmpty()) {
            return;
        }
        LocalDate today = calendar.today();
        pfdi(today.minusWeeks(6), 3);
        pfdi(today, 1);
        var epds = new HashMap<Integer, Integer>();
        for (int item = 1; item <= 10; item++) {
            epds.put(item, 1);
        }
        submit(today, QuestionnaireAnswers.ofInts(Instrument.EPDS, epds), ResponseSource.PAPER);
    }

    @Test
    @WithUserDetails("therapist")
    void the_progress_tab_charts_each_questionnaire_with_its_change_band_and_the_same_in_words() {
        navigate("patients/" + patient, PatientView.class);
        Tab tab = $view(Tab.class).all().stream()
                .filter(found -> found.getLabel().equals("Progress"))
                .findFirst()
                .orElseThrow();
        $view(TabSheet.class).single().setSelectedTab(tab);

        assertThat(text("outcome-measures")).contains("Outcome measures over time", "Questionnaires");
        assertThat(text("measure-0-summary"))
                .startsWith("PFDI-20, lower is better:")
                .contains("From 225 points to 75 points (-150): improved beyond the change that counts")
                .contains("minimal important change 24 points [KARJALAINEN-2021]");
        assertThat($(Svg.class).id("measure-0-chart").getElement().getProperty("innerHTML"))
                .contains("<polyline", "fill-opacity", "role=\"img\"", "aria-label=\"PFDI-20");
        assertThat(text("measure-1-summary")).startsWith("EPDS").contains("Measured once so far");
    }

    @Test
    @WithUserDetails("therapist")
    void the_printable_summary_gives_first_latest_change_and_result_per_measure() {
        navigate("patients/" + patient + "/progress-summary", ProgressSummaryView.class);

        assertThat(text("summary-patient")).startsWith("Tess Portal-outcome-viewer, born");
        assertThat(text("summary-table"))
                .contains("PFDI-20 (lower is better)", "225 points", "75 points", "-150")
                .contains("Improved beyond the change that counts: minimal important change 24 points")
                .contains("PFDI-20 · UDI-6 (bladder)", "Measured once");
        assertThat(text("summary-notes")).contains("Questionnaire wording is licensed");
    }

    @Test
    @WithUserDetails(value = "outcome-viewer", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void she_sees_her_own_pfdi_20_on_her_phone_in_plain_words_but_not_the_epds() {
        navigate(MyProgressView.class);

        assertThat(text("my-measure-0-summary"))
                .startsWith("Lower is better. From 225 points on")
                .endsWith("(2 values): better, by more than the change that counts.");
        assertThat($(Svg.class).id("my-measure-0-chart").getElement().getProperty("innerHTML"))
                .contains("viewBox=\"0 0 360 ");
        assertThat($(Component.class).withId("my-measure-1-summary").exists()).isFalse();
    }

    @Test
    @WithUserDetails("therapist")
    void the_epds_chart_and_summary_join_the_intake_screens_total_to_the_questionnaires_naming_each_source() {
        PatientId screened = new PortalPatients(context).withoutLogin("Sara", "Screened");
        intakeWithEpds(screened, calendar.today().minusWeeks(6), 2);
        var epds = new HashMap<Integer, Integer>();
        for (int item = 1; item <= 10; item++) {
            epds.put(item, item == 10 ? 0 : 1);
        }
        responses.submit(QuestionnaireResponse.first(
                ResponseId.random(),
                screened,
                Optional.empty(),
                calendar.today(),
                ResponseSource.PAPER,
                QuestionnaireAnswers.ofInts(Instrument.EPDS, epds),
                therapist(),
                Instant.now(),
                calendar.today()));

        navigate("patients/" + screened, PatientView.class);
        Tab tab = $view(Tab.class).all().stream()
                .filter(found -> found.getLabel().equals("Progress"))
                .findFirst()
                .orElseThrow();
        $view(TabSheet.class).single().setSelectedTab(tab);

        assertThat(text("measure-0-summary"))
                .startsWith("EPDS, lower is better: "
                        + MeasureText.day(calendar.today().minusWeeks(6))
                        + " 18 points (red-flag screen at the intake), "
                        + MeasureText.day(calendar.today()) + " 9 points (questionnaire).")
                .contains("From 18 points to 9 points (-9): improved beyond the change that counts");
        assertThat($(Svg.class).id("measure-0-chart").getElement().getProperty("innerHTML"))
                .contains("<rect x=", "<circle", ">red-flag screen</text>", ">questionnaire</text>");

        navigate("patients/" + screened + "/progress-summary", ProgressSummaryView.class);
        assertThat(text("summary-table"))
                .contains("EPDS (lower is better)", "18 points, ", " (red-flag screen at the intake)")
                .contains("9 points, " + MeasureText.day(calendar.today()) + " (questionnaire)");
        assertThat(text("summary-notes")).contains("The EPDS joins the totals of the red-flag screen");
    }

    /** An intake like Anna's (demo, no red flag) whose screen also asked the EPDS: items 1-9 {@code perItem}, 10 zero. */
    private void intakeWithEpds(PatientId target, LocalDate on, int perItem) {
        IntakeRepository intakes = context.getBean(IntakeRepository.class);
        PatientId anna = context.getBean(PatientList.class)
                .page(PatientQuery.text("Anna Berg"), 0, 1)
                .getFirst()
                .id();
        Intake hers = intakes.current(anna).orElseThrow();
        var noFlags = RedFlag.asked().stream().collect(Collectors.toMap(flag -> flag, flag -> false));
        var scores = new int[10];
        java.util.Arrays.fill(scores, 0, 9, perItem);
        intakes.add(Intake.record(
                IntakeId.random(),
                target,
                hers.obstetricHistory(),
                hers.pain(),
                hers.relevantHistory(),
                RedFlagScreen.fromAnswers(noFlags, Optional.of(EpdsAnswers.ofScores(scores))),
                therapist(),
                on.atTime(10, 0).atZone(calendar.zone()).toInstant()));
    }

    private void pfdi(LocalDate on, int every) {
        var items = new HashMap<Integer, Integer>();
        for (int item = 1; item <= 20; item++) {
            items.put(item, every);
        }
        submit(on, QuestionnaireAnswers.ofInts(Instrument.PFDI_20, items), ResponseSource.PATIENT);
    }

    private void submit(LocalDate on, QuestionnaireAnswers answers, ResponseSource source) {
        responses.submit(QuestionnaireResponse.first(
                ResponseId.random(),
                patient,
                Optional.empty(),
                on,
                source,
                answers,
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

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }
}
