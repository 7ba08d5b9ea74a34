package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo PT builds Bea's home program from the findings' suggestions in real Chromium, saves it, revises a dosage
 * with a reason and reads the change in the history. Browserless tests may have prescribed for Bea in the same
 * database already, so the editor may open in revise mode: then the first save is a revision too.
 */
@FloorPlanServerTest
class ProgramE2ETest extends BrowserTest {

    private static final Pattern VERSION = Pattern.compile("Version (\\d+) of");
    private static final String EXERCISE_ACCEPTS = "vaadin-button[id^='suggestion-'][id$='-accept']"
            + ":not([id^='suggestion-phase']):not([id^='suggestion-advice-'])";

    @Test
    void the_pt_builds_beas_program_from_suggestions_revises_a_dosage_and_reads_the_change_in_the_history() {
        logIn(DemoClinic.PT);
        page.locator("#patient-grid").getByText("Bea Castillo").first().click();
        assertThat(page.locator("#patient-name")).containsText("Bea Castillo");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Program"))
                .click();
        page.locator("#open-program-editor").click();

        assertThat(page).hasURL(Pattern.compile(".*/patients/[^/]+/program$"));
        assertThat(page.locator("#suggestions")).containsText("Suggestions from findings");
        assertThat(page.locator("#program-status")).containsText(Pattern.compile("No program yet|Version \\d+ of"));
        int before = versionNumber(); // 0: no program yet, the first save prescribes it
        assertThat(page.locator("#save-program")).hasText(before == 0 ? "Prescribe" : "Save as new version");

        page.locator("#suggestion-phase-accept").click();
        assertThat(page.locator("#suggestion-phase-status")).hasText("Accepted");
        List<String> accepts = page.locator(EXERCISE_ACCEPTS).all().stream()
                .map(button -> button.getAttribute("id"))
                .toList();
        assertThat(accepts).as("exercises suggested from Bea's findings").hasSizeGreaterThanOrEqualTo(2);
        for (String accept : accepts.subList(0, 2)) {
            page.locator("#" + accept).click();
            String status = "#" + accept.substring(0, accept.length() - "-accept".length()) + "-status";
            assertThat(page.locator(status)).hasText(Pattern.compile("Accepted|Already in the program"));
        }
        assertThat(page.locator("#program-items-1")).isVisible();

        int firstSets = changeSetsOfFirstItem();
        if (before > 0) {
            page.locator("#program-reason textarea").fill("E2E: suggestions from the latest findings accepted");
        }
        page.locator("#save-program").click();
        assertThat(page.locator("#program-status")).containsText("Version " + (before + 1) + " of");
        assertThat(page.locator("#save-program")).hasText("Save as new version");

        String exercise = page.locator("#program-items-0 h4").textContent().strip();
        int secondSets = changeSetsOfFirstItem();
        page.locator("#program-reason textarea").fill("E2E: holds well at re-assessment, changed sets");
        page.locator("#save-program").click();
        assertThat(page.locator("#program-status")).containsText("Version " + (before + 2) + " of");

        Locator versions = page.locator("#program-versions");
        assertThat(versions).containsText((before + 2) + " (current)");
        assertThat(versions).containsText("E2E: holds well at re-assessment, changed sets");
        assertThat(versions)
                .containsText(before == 0 ? "First program" : "E2E: suggestions from the latest findings accepted");
        assertThat(versions.locator("tbody tr")).hasCount(before + 2);
        Locator diff = page.locator("#program-diff");
        assertThat(diff).containsText(exercise + ": " + firstSets + " sets");
        assertThat(diff).containsText("-> " + secondSets + " sets");

        // the app layout scrolls its content, not the document: bring the history and the diff into the picture
        diff.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "program-editor.png"))
                .setFullPage(true));
    }

    /** Sets the first exercise's sets to a number it does not have now and answers the new number. */
    private int changeSetsOfFirstItem() {
        Locator sets = page.locator("#program-items-0-dosage-sets input");
        String now = sets.inputValue();
        int next = "3".equals(now) ? 2 : 3;
        sets.fill(String.valueOf(next));
        sets.press("Tab");
        assertThat(page.locator("#program-items-0-dosage-text")).containsText(next + " sets");
        return next;
    }

    private int versionNumber() {
        Matcher matcher = VERSION.matcher(page.locator("#program-status").textContent());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
