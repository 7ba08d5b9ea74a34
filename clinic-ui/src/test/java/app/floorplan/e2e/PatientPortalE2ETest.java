package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo patient Anna on a phone-sized screen: she sees her plan, logs today's session with pain 8 and doming during
 * one exercise, sees it saved, and after a reload finds the form filled with her entry, ready for a correction.
 */
@FloorPlanServerTest
class PatientPortalE2ETest extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String DEAD_BUG = "#exercise-3";

    @Test
    void anna_logs_pain_8_and_doming_on_her_phone_and_finds_her_entry_after_a_reload() {
        page.setViewportSize(390, 844);
        logIn(DemoClinic.PATIENT_ANNA);

        assertThat(page).hasURL(Pattern.compile(".*/my-plan(\\?.*)?$"));
        assertThat(page.locator("#plan-phase")).hasText("Your phase: Stability");
        assertThat(page.locator("#plan-exercises")).containsText("Dead bug level 1: marching");
        assertThat(page.locator("#practice-chart svg")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("patient-my-plan-phone.png")));

        page.locator("#log-today").click();
        assertThat(page).hasURL(Pattern.compile(".*/my-plan/today(\\?.*)?$"));
        waitForVaadin();
        page.locator(DEAD_BUG + "-completion").getByText("Partly done").click();
        page.locator(DEAD_BUG + "-symptoms")
                .getByText("My belly domed or bulged")
                .click();
        page.locator("#pain input").fill("8");
        page.locator("#save-practice").click();

        assertThat(page.locator("#log-status")).containsText("Saved.");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("patient-log-phone.png"))
                .setFullPage(true));

        page.reload();
        waitForVaadin();

        assertThat(page.locator("#log-status")).containsText("You saved today's entry at");
        assertThat(page.locator("#pain input")).hasValue("8");
        assertThat(page.locator(DEAD_BUG + "-symptoms vaadin-checkbox[checked]"))
                .containsText("domed");
        assertThat(page.locator(DEAD_BUG + "-completion vaadin-radio-button[checked]"))
                .containsText("Partly done");
        assertThat(page.locator("#save-practice")).hasText("Save changes");
    }
}
