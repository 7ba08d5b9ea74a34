package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.RedFlagAnswers;
import app.floorplan.core.account.password.NewPassword;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import app.floorplan.core.exercise.ExerciseCategory;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ExerciseDraft;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ExerciseLibrary;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.HistoryAnswers;
import app.floorplan.core.intake.IntakeAnswers;
import app.floorplan.core.intake.IntakeRecords;
import app.floorplan.core.intake.ObstetricAnswers;
import app.floorplan.core.intake.PainAnswers;
import app.floorplan.core.login.IssuedLink;
import app.floorplan.core.login.LinkRedemption;
import app.floorplan.core.login.PatientLogins;
import app.floorplan.core.login.TokenPurpose;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramContentDraft;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Script typed into free text is shown as text, never run (OWASP ASVS 5.0 1.2.1/3.2.2): the patient's name and notes
 * go in through the registration form, the other free-text fields through the same use cases the forms call; then the
 * PT opens every view that shows them in real Chromium; then the patient, with a login, opens My plan and logs her own
 * words, which the PT reads on the Progress tab. Each payload would set {@code window.__xss} if it ran. The
 * page must also raise no Content-Security-Policy violation (the policy fits Vaadin).
 */
@FloorPlanServerTest
class XssE2ETest extends BrowserTest {

    private static final List<String> PAYLOADS = List.of(
            "<img src=x onerror=window.__xss=1>", "<script>window.__xss=1</script>", "\"><svg onload=window.__xss=1>");

    private static final String IMG = PAYLOADS.get(0);
    private static final String SCRIPT = PAYLOADS.get(1);
    private static final String SVG = PAYLOADS.get(2);

    @Autowired
    IntakeRecords intakes;

    @Autowired
    HomePrograms programs;

    @Autowired
    ExerciseLibrary library;

    @Autowired
    PatientLogins logins;

    @Autowired
    LinkRedemption redemption;

    private static final String PATIENT_PASSWORD = "Lantern-Harbour-Quiet-Morning-26";

    private final List<String> cspViolations = new ArrayList<>();

    @Test
    @WithUserDetails("therapist")
    void script_typed_into_free_text_is_shown_literally_in_every_view_and_never_runs() {
        String family = "Xss-" + UUID.randomUUID().toString().substring(0, 8);
        watchForCspViolations();
        logIn(DemoClinic.PT);

        page.locator("#new-patient").click();
        fill("#givenName input", IMG);
        fill("#familyName input", family + " " + SVG);
        fill("#notes textarea", SCRIPT);
        typeDate("dateOfBirth", LocalDate.of(1990, 2, 1));
        page.locator("#save-patient").click();
        assertThat(page).hasURL(Pattern.compile(".*/patients/[0-9a-f-]{36}$"));
        PatientId patient = PatientId.of(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(page.locator("#patient-name")).hasText(IMG + " " + family + " " + SVG);
        assertNothingRan();

        recordTheRestThroughTheUseCases(patient, family);

        page.navigate(url("/patients"));
        fill("#patient-search input", family);
        assertThat(page.locator("#patient-grid")).containsText(IMG);
        assertNothingRan();

        page.navigate(url("/patients/" + patient));
        for (String tab : List.of("Overview", "Intake", "Assessments", "Program")) {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab))
                    .click();
            waitForVaadin();
            assertNothingRan();
        }
        assertThat(page.locator("body")).containsText(SCRIPT);

        page.navigate(url("/patients/" + patient + "/details"));
        assertThat(page.locator("#notes textarea")).hasValue(SCRIPT);
        assertNothingRan();

        page.navigate(url("/patients/" + patient + "/intake"));
        assertThat(page.locator("#surgery-details textarea")).hasValue(SVG);
        assertThat(page.locator("body")).containsText(IMG);
        assertNothingRan();

        page.navigate(url("/patients/" + patient + "/program"));
        assertThat(page.locator("#program-versions")).containsText(SCRIPT);
        assertThat(page.locator("#program-diff")).containsText(SVG);
        assertNothingRan();

        page.navigate(url("/exercises"));
        fill("#exercise-search input", family);
        page.locator("#exercise-grid").getByText(family).first().click();
        assertThat(page.locator("body")).containsText(SCRIPT);
        assertNothingRan();

        assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();

        theSamePayloadsReachThePatientOnHerPhoneAndComeBackInHerLog(patient, family);
    }

    /**
     * The patient's views show the PT's free text (her name, goals, exercise notes, advice, the reason for the change)
     * and her own words come back to the PT's Progress tab: shown, never run.
     */
    private void theSamePayloadsReachThePatientOnHerPhoneAndComeBackInHerLog(PatientId patient, String family) {
        String username = family.toLowerCase(Locale.ROOT);
        IssuedLink link = logins.create(patient, username);
        redemption.redeem(link.secret(), TokenPurpose.ACTIVATION, new NewPassword(PATIENT_PASSWORD, PATIENT_PASSWORD));
        closePage();
        openPage();
        watchForCspViolations();
        page.setViewportSize(390, 844);
        logIn(new DemoLogin(username, PATIENT_PASSWORD, Role.PATIENT, IMG));

        assertThat(page).hasURL(Pattern.compile(".*/my-plan(\\?.*)?$"));
        assertThat(page.locator("body")).containsText("Hello, " + IMG);
        // exercise and advice sections are built when opened
        Locator sections = page.locator("details.fp-plan-item > summary");
        assertThat(sections.count()).as("exercise and advice sections").isPositive();
        for (int i = 0; i < sections.count(); i++) {
            sections.nth(i).click();
        }
        waitForVaadin();
        assertThat(page.locator("body")).containsText(SCRIPT);
        assertThat(page.locator("#plan-change-reason")).hasText("Why, from your physiotherapist: " + SCRIPT);
        assertThat(page.locator("#plan-exercises")).containsText("From your physiotherapist: " + SVG);
        assertThat(page.locator("body")).containsText(IMG);
        assertNothingRan();

        page.locator("#log-today").click();
        assertThat(page).hasURL(Pattern.compile(".*/my-plan/today(\\?.*)?$"));
        waitForVaadin();
        page.locator("#session").getByText("Partly done").click();
        page.locator("#session-symptoms").getByText("Something else").click();
        fill("#session-other input", SVG);
        page.locator("#pain input").fill("3");
        page.locator("#save-practice").click();
        assertThat(page.locator("#log-status")).containsText("Saved.");
        assertNothingRan();

        closePage();
        openPage();
        watchForCspViolations();
        logIn(DemoClinic.PT);
        page.navigate(url("/patients/" + patient));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Progress"))
                .click();
        assertThat(page.locator("#symptom-table")).containsText(SVG);
        assertNothingRan();

        assertThat(cspViolations).as("Content-Security-Policy violations").isEmpty();
    }

    private void watchForCspViolations() {
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
    }

    /** Intake, program and clinic exercise carry a payload in each of their free-text fields. */
    private void recordTheRestThroughTheUseCases(PatientId patient, String family) {
        var noFlags = RedFlagAnswers.noRedFlags();
        var obstetric = new ObstetricAnswers(
                Optional.of(0), Optional.of(0), List.of(), Optional.of(Feeding.NONE), false, Optional.empty());
        var pain = new PainAnswers(Optional.of(1), Optional.of(1), Set.of(), Set.of(), Set.of(), Optional.empty());
        intakes.record(
                patient,
                new IntakeAnswers(obstetric, pain, new HistoryAnswers(false, false, false, true, SVG), noFlags));
        intakes.correct(
                patient,
                1,
                new IntakeAnswers(obstetric, pain, new HistoryAnswers(false, false, false, true, SVG), noFlags),
                IMG);

        library.create(new ExerciseDraft()
                .name("Exercise " + family)
                .purpose(IMG)
                .category(ExerciseCategory.values()[0])
                .phase(ProgramPhase.STABILITY)
                .setUp(SVG)
                .steps(List.of(SCRIPT, SVG))
                .defaultDosage(Dosage.builder().reps(5))
                .cues(List.of(IMG))
                .precautions(SCRIPT));

        programs.prescribe(patient, program(IMG));
        programs.revise(patient, 1, program(SVG), SCRIPT, true);
    }

    private static ProgramContent program(String note) {
        return new ProgramContentDraft()
                .phase(ProgramPhase.STABILITY)
                .goals(List.of(SCRIPT))
                .addItem(
                        ExerciseId.ofBuiltIn(ExerciseCode.of("glute-bridge")),
                        Dosage.builder().reps(5),
                        note)
                .freeTextAdvice(IMG)
                .build();
    }

    private void assertNothingRan() {
        waitForVaadin();
        assertThat(page.evaluate("() => typeof window.__xss")).isEqualTo("undefined");
    }

    /** Types a date the way the date picker shows dates in the browser's locale, then commits it with Enter. */
    private void typeDate(String id, LocalDate date) {
        String typed = (String) page.evaluate(
                "([y, m, d]) => new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(navigator.language,"
                        + " {timeZone: 'UTC'})",
                List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
        Locator input = page.locator("#" + id + " input");
        input.fill(typed);
        input.press("Enter");
        assertThat(page.locator("#" + id)).hasJSProperty("value", date.toString());
    }

    private void fill(String selector, String value) {
        Locator input = page.locator(selector);
        input.fill(value);
        input.press("Tab");
        assertThat(input).hasValue(value);
    }
}
