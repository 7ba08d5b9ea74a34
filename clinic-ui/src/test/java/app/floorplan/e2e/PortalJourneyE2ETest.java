package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.ui.portal.PortalPatients;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The whole portal loop of issue #5 on a phone-sized screen: the PT creates the login of a patient who has a program;
 * the patient activates it, sets her password, sees her plan and logs a session with pain 8 and doming; the PT then
 * sees one urgent alert for the day with both reasons and acknowledges it once.
 */
@FloorPlanServerTest
class PortalJourneyE2ETest extends BrowserTest {

    private static final String GIVEN = "Dana";
    private static final String FAMILY = "Journey";
    private static final String PASSWORD = "Copper-Kettle-Riverbank-73";
    private static final String HIDE_DEV_TOOLS = "copilot-main, vaadin-dev-tools { display: none !important; }";

    @Autowired
    ApplicationContext context;

    @Test
    void login_created_activated_session_logged_with_pain_and_doming_and_the_days_alert_acknowledged_once() {
        var patients = new PortalPatients(context);
        PatientId dana = patients.withoutLogin(GIVEN, FAMILY);
        patients.program(dana, 3);
        page.setViewportSize(390, 844);

        // the PT creates her login and copies the link
        logIn(DemoClinic.PT);
        page.navigate(url("/patients/" + dana));
        waitForVaadin();
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(HIDE_DEV_TOOLS));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Portal login"))
                .click();
        assertThat(page.locator("#portal-username input")).hasValue("dana.journey");
        page.locator("#create-login").click();
        Locator link = page.locator("#login-link input");
        assertThat(link).hasValue(Pattern.compile(".*/activate/[A-Za-z0-9_-]{43}$"));
        String address = link.inputValue();
        page.locator("#close-link-dialog").click();
        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        // she activates it on her phone and sees her plan
        page.navigate(url(URI.create(address).getPath()));
        waitForVaadin();
        page.locator("#password input").fill(PASSWORD);
        page.locator("#repeat input").fill(PASSWORD);
        page.locator("#set-password").click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?activated.*"));
        logIn(new DemoLogin("dana.journey", PASSWORD, Role.PATIENT, GIVEN + " " + FAMILY));
        assertThat(page).hasURL(Pattern.compile(".*/my-plan(\\?.*)?$"));
        assertThat(page.locator("#plan-exercises")).containsText(patients.exerciseName(1));
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(HIDE_DEV_TOOLS));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "my-plan-phone.png")));

        // she logs today's session: pain 8, doming during the second exercise
        page.locator("#log-today").click();
        waitForVaadin();
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(HIDE_DEV_TOOLS));
        page.locator("#exercise-1-completion").getByText("Partly done").click();
        page.locator("#exercise-1-symptoms")
                .getByText("My belly domed or bulged")
                .click();
        page.locator("#pain input").fill("8");
        page.locator("#save-practice").click();
        assertThat(page.locator("#log-status")).containsText("Saved.");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "log-today-phone.png"))
                .setFullPage(true));
        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        // the PT sees one urgent alert for the day with both reasons and acknowledges it once
        logIn(DemoClinic.PT);
        page.navigate(url("/alerts"));
        waitForVaadin();
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(HIDE_DEV_TOOLS));
        Locator hers = page.locator(".fp-alert").filter(new Locator.FilterOptions().setHasText(GIVEN + " " + FAMILY));
        assertThat(hers).hasCount(1);
        assertThat(hers).hasClass(Pattern.compile(".*fp-alert-urgent.*"));
        assertThat(hers).containsText("High pain: Pain 8");
        assertThat(hers).containsText("Symptom during exercise: Doming during " + patients.exerciseName(1));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "pt-alerts-phone.png"))
                .setFullPage(true));

        hers.first().getByText("Acknowledge…").click();
        page.locator("#ack-note textarea").fill("Called her: rest two days, then halve the reps");
        page.locator("#confirm-ack").click();
        assertThat(hers).hasCount(0);

        page.locator("#show-acknowledged").click();
        assertThat(hers).hasCount(1);
        assertThat(hers.first()).containsText("Called her: rest two days");
    }
}
