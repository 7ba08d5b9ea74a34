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
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The safety net on a phone: a patient whose log mentions calf pain and swelling (a possible blood clot) sees "When to
 * get help now" under the confirmation at once, and the PT's alert list shows the day as urgent, ahead of the rest.
 * The patient has no assigned PT, so the alert must reach the demo PT's default list too.
 */
@FloorPlanServerTest
class SafetyNetE2ETest extends BrowserTest {

    private static final String USERNAME = "safety-net-calf";
    private static final String HIDE_DEV_TOOLS = "copilot-main, vaadin-dev-tools { display: none !important; }";

    @Autowired
    ApplicationContext context;

    @Test
    void calf_pain_in_her_log_shows_her_the_emergency_card_and_the_pt_an_urgent_alert_first() {
        var patients = new PortalPatients(context);
        PatientId patient = patients.withLogin(USERNAME);
        patients.program(patient, 2);
        page.setViewportSize(390, 844);

        logIn(new DemoLogin(USERNAME, PortalPatients.PASSWORD, Role.PATIENT, "Tess Portal"));
        assertThat(page).hasURL(Pattern.compile(".*/my-plan(\\?.*)?$"));
        assertThat(page.locator("#help-now-call")).hasAttribute("href", "tel:112");
        page.locator("#log-today").click();
        waitForVaadin();
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(HIDE_DEV_TOOLS));
        page.locator("#session")
                .getByText("Done", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.locator("#session-symptoms").getByText("Something else").click();
        page.locator("#session-other input").fill("calf pain and swelling on one side");
        page.locator("#save-practice").click();

        assertThat(page.locator("#log-status")).containsText("Saved.");
        Locator card = page.locator("#help-now");
        assertThat(card).hasClass(Pattern.compile(".*fp-help-now-urgent.*"));
        assertThat(page.locator("#help-now-lead")).containsText("painful or swollen leg");
        assertThat(page.locator("#help-now-call")).isInViewport();
        assertThat(page.locator("#help-now-call")).hasText("Call 112");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "help-now-phone.png")));
        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        // the PT reads her alerts at the clinic's desk, where the navigation with its badge is open
        page.setViewportSize(1280, 800);
        logIn(DemoClinic.PT);
        page.navigate(url("/alerts"));
        waitForVaadin();
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(HIDE_DEV_TOOLS));
        Locator hers = page.locator(".fp-alert").filter(new Locator.FilterOptions().setHasText("Portal-" + USERNAME));
        assertThat(hers).hasCount(1);
        assertThat(hers).hasClass(Pattern.compile(".*fp-alert-urgent.*"));
        assertThat(hers).containsText("her words may describe: A painful or swollen leg");
        assertThat(hers).containsText("No PT assigned");
        assertThat(page.locator(".fp-alert").first()).hasClass(Pattern.compile(".*fp-alert-urgent.*"));
        // no urgent alert below an ordinary one
        assertThat(page.locator(".fp-alert:not(.fp-alert-urgent) ~ .fp-alert-urgent"))
                .hasCount(0);
        assertThat(page.locator("#alert-badge-urgent")).isVisible();
        assertThat(page.locator("#alert-badge-urgent")).hasText(Pattern.compile("[1-9][0-9]* urgent"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "pt-urgent-alert.png"))
                .setFullPage(true));
    }
}
