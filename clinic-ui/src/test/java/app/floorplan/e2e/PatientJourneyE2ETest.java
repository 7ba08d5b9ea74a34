package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.intake.RedFlag;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A PT's first visit with a new patient, end to end in real Chromium: register, record the intake, assess diastasis
 * recti, and find the finding on the patient's overview.
 */
@FloorPlanServerTest
class PatientJourneyE2ETest extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String IRD_FINDING =
            "IRD 28 mm at the umbilicus at rest > 20 mm (Qu 2021: 90th percentile of women who had not given birth)";

    /**
     * Scrolls the document and the app layout's own scrolling parts back to the top, and answers the height the whole
     * view needs: the lowest bottom of their scrolled content (the layout's content starts below its navbar).
     */
    private static final String SCROLL_TO_TOP_AND_MEASURE = """
            () => {
              const layout = document.querySelector('vaadin-app-layout');
              const scrolled = [document.scrollingElement, layout];
              if (layout && layout.shadowRoot) {
                scrolled.push(...layout.shadowRoot.querySelectorAll('[part~="content"], [content]'));
              }
              const present = scrolled.filter(e => e);
              present.forEach(e => e.scrollTop = 0);
              return Math.ceil(Math.max(...present.map(e => e.getBoundingClientRect().top + e.scrollHeight)));
            }
            """;

    /**
     * Vaadin's development tools float over the view in dev mode and are not part of the application; a notification
     * from the previous page (e.g. "Intake saved") would cover the form's buttons.
     */
    private static final String HIDE_OVERLAYS =
            "copilot-main, vaadin-dev-tools, vaadin-notification-container { display: none !important; }";

    @Test
    void the_pt_registers_a_patient_records_intake_and_assessment_and_sees_the_finding_on_the_overview()
            throws IOException {
        String given = "Journey";
        String family = "Lind-" + UUID.randomUUID().toString().substring(0, 8);
        String fullName = given + " " + family;
        try {
            logIn(DemoClinic.PT);

            registerPatient(given, family);
            assertThat(page).hasURL(Pattern.compile(".*/patients/" + UUID_PATTERN + "$"));
            assertThat(page.locator("#patient-name")).hasText(fullName);
            assertThat(page.getByText("+46 70 555 12 34 · no e-mail · prefers Swedish"))
                    .isVisible();
            assertThat(page.locator("#patient-overview")).containsText("No intake recorded yet");
            assertThat(page.locator("#patient-overview")).containsText("No assessment yet.");

            recordIntakeWithOneRecentDeliveryAndNoRedFlags();

            page.locator("#back-to-patient").click();
            assertThat(page.locator("#patient-overview")).containsText("8 weeks postpartum");
            assertThat(page.locator("#red-flag-banner")).hasCount(0);

            assessDiastasisOnly();

            assertThat(page).hasURL(Pattern.compile(".*/patients/" + UUID_PATTERN + "/assessments/" + UUID_PATTERN));
            Locator findings = page.locator("#finding-list");
            assertThat(findings).containsText("28");
            assertThat(findings).containsText("Qu 2021");
            assertThat(findings).containsText(IRD_FINDING);
            assertThat(page.locator("#assessment-signature")).containsText("Pia Therapist");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back to patient"))
                    .click();
            assertThat(page.locator("#patient-name")).hasText(fullName);
            assertThat(page.locator("#latest-findings")).containsText(IRD_FINDING);
            assertThat(page.locator("#patient-overview")).containsText("8 weeks postpartum");
            assertThat(page.locator("#red-flag-banner")).hasCount(0);
            screenshotWholeView("patient-overview.png");
        } catch (AssertionError | PlaywrightException failure) {
            keepEvidence();
            throw failure;
        }
    }

    private void registerPatient(String given, String family) {
        page.locator("#new-patient").click();
        assertThat(page).hasURL(Pattern.compile(".*/patients/new$"));
        fill("givenName", given);
        fill("familyName", family);
        typeDate("dateOfBirth", LocalDate.of(1991, 4, 2));
        chooseInComboBox("preferredLanguage", "Swedish");
        fill("phone", "+46 70 555 12 34");
        page.locator("#save-patient").click();
    }

    private void recordIntakeWithOneRecentDeliveryAndNoRedFlags() {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Intake"))
                .click();
        page.locator("#open-intake").click();
        assertThat(page.locator("#save-intake")).hasText("Record intake");

        fill("gravida", "1");
        fill("para", "1");
        page.locator("#add-delivery").click();
        typeDate("delivery-0-date", LocalDate.now().minusWeeks(8));
        chooseInSelect("delivery-0-mode", "Spontaneous vaginal");
        chooseInSelect("delivery-0-trauma", "2nd degree tear");
        radio("feeding", "Exclusive breastfeeding").click();
        fill("nrs-now", "3");
        fill("nrs-worst-last-week", "5");
        for (RedFlag flag : RedFlag.asked()) {
            Locator no = radio("red-flag-" + flag.name(), "No");
            no.click();
            assertThat(no).hasAttribute("checked", "");
        }
        assertThat(page.locator("#red-flag-answered-yes")).isHidden();

        page.locator("#save-intake").click();

        // a recorded intake turns the form into a correction of version 1
        assertThat(page.locator("#save-intake")).hasText("Save correction");
        assertThat(page.locator("#red-flag-panel")).containsText("Intake · no red flag");
        assertThat(page.locator("#red-flag-banner")).hasCount(0);
    }

    private void assessDiastasisOnly() {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Assessments"))
                .click();
        page.locator("#new-assessment").click();
        assertThat(page).hasURL(Pattern.compile(".*/assessments/new$"));
        // the red-flag screen is asked again at every assessment
        for (RedFlag flag : RedFlag.asked()) {
            radio("red-flag-" + flag.name(), "No").click();
        }

        page.locator("#section-diastasis vaadin-details-summary").click();
        radio("section-diastasis-assessed", "Assessed").click();
        assertThat(page.locator("#section-diastasis vaadin-details-summary")).hasText("Diastasis recti");
        chooseInSelect("ird-umbilicus-rest-method", "Caliper");
        fill("ird-umbilicus-rest", "28");
        for (String other : List.of("section-breathing", "section-deep-core", "section-pelvic-floor")) {
            assertThat(page.locator("#" + other + " vaadin-details-summary")).containsText("not assessed");
        }
        screenshotWholeView("assessment-form.png");

        page.locator("#save-assessment").click();
    }

    /** Types into a Vaadin text, number or decimal field and leaves it, which commits the value to the server. */
    private void fill(String id, String value) {
        Locator input = page.locator("#" + id + " input");
        input.fill(value);
        input.press("Tab");
        assertThat(input).hasValue(value);
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

    private void chooseInComboBox(String id, String item) {
        Locator input = page.locator("#" + id + " input");
        input.fill(item);
        input.press("Enter");
        // the element's value is Flow's item key, not the label: check what the person sees, and that it was taken
        assertThat(input).hasValue(item);
        assertThat(page.locator("#" + id)).not().hasAttribute("opened", "");
    }

    private void chooseInSelect(String id, String item) {
        page.locator("#" + id).click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(item).setExact(true))
                .click();
        assertThat(page.locator("#" + id)).containsText(item);
    }

    /** The radio button of a group by its exact label ("Assessed" must not match "Not assessed"). */
    private Locator radio(String groupId, String label) {
        return page.locator("#" + groupId + " vaadin-radio-button")
                .filter(new Locator.FilterOptions()
                        .setHasText(Pattern.compile("^\\s*" + jsRegexLiteral(label) + "\\s*$")));
    }

    /** Escapes a label for a regular expression that runs in the browser (JavaScript has no \\Q...\\E). */
    private static String jsRegexLiteral(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\]", "\\\\$0");
    }

    /**
     * A full-page screenshot of the current view. Vaadin's app layout scrolls inside itself, so Playwright's full page
     * is only the viewport: the viewport grows to the scrolled height for the shot and is then restored.
     */
    private void screenshotWholeView(String file) {
        var viewport = page.viewportSize();
        int height = ((Number) page.evaluate(SCROLL_TO_TOP_AND_MEASURE)).intValue();
        page.setViewportSize(viewport.width, Math.max(viewport.height, height));
        try {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(SCREENSHOTS.resolve(file))
                    .setFullPage(true)
                    .setStyle(HIDE_OVERLAYS));
        } finally {
            page.setViewportSize(viewport.width, viewport.height);
        }
    }

    /** A failed journey leaves its page and DOM behind for the person reading the build. */
    private void keepEvidence() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("patient-journey-failure.png"))
                .setFullPage(true));
        Files.writeString(
                SCREENSHOTS.resolve("patient-journey-failure.html"), "<!-- " + page.url() + " -->\n" + page.content());
    }
}
