package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoLogin;
import app.floorplan.core.identity.Role;
import app.floorplan.ui.portal.PortalPatients;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A patient on a phone-sized screen: she sees her plan, logs today's session with pain 8 and doming during
 * one exercise, sees it saved next to the button she tapped, and after a reload finds the form filled with her entry, ready for a correction.
 */
@FloorPlanServerTest
class PatientPortalE2ETest extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String SECOND = "#exercise-1";
    // her own login: in the test suite the demo patients start without a plan (the PT's tests prescribe for them)
    private static final DemoLogin PATIENT =
            new DemoLogin("portal-e2e", PortalPatients.PASSWORD, Role.PATIENT, "Tess Portal");

    @Autowired
    ApplicationContext context;

    @Test
    void she_logs_pain_8_and_doming_on_her_phone_and_finds_her_entry_after_a_reload() {
        var patients = new PortalPatients(context);
        patients.program(patients.withLogin(PATIENT.username()), 3);
        page.setViewportSize(390, 844);
        logIn(PATIENT);

        assertThat(page).hasURL(Pattern.compile(".*/my-plan(\\?.*)?$"));
        assertThat(page.locator("#plan-phase")).hasText("Your phase: Breath and connection");
        assertThat(page.locator("#plan-exercises")).containsText("2. " + patients.exerciseName(1));
        assertThat(page.locator("#practice-chart svg")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("patient-my-plan-phone.png")));

        page.locator("#log-today").click();
        assertThat(page).hasURL(Pattern.compile(".*/my-plan/today(\\?.*)?$"));
        waitForVaadin();
        page.locator(SECOND + "-completion").getByText("Partly done").click();
        page.locator(SECOND + "-symptoms").getByText("My belly domed or bulged").click();
        page.locator("#pain input").fill("8");
        page.locator("#save-practice").click();

        // on a phone the top of the page is far out of view by now: the answer stands where she tapped
        assertThat(page.locator("#save-result")).containsText("Saved.");
        assertThat(page.locator("#save-result")).isInViewport();
        assertThat(page.locator("#log-status")).containsText("Saved.");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("patient-log-phone.png"))
                .setFullPage(true));

        page.reload();
        waitForVaadin();

        assertThat(page.locator("#log-status")).containsText("You saved today's entry at");
        assertThat(page.locator("#pain input")).hasValue("8");
        assertThat(page.locator(SECOND + "-symptoms vaadin-checkbox[checked]")).containsText("domed");
        assertThat(page.locator(SECOND + "-completion vaadin-radio-button[checked]"))
                .containsText("Partly done");
        assertThat(page.locator("#save-practice")).hasText("Save changes");
    }
}
