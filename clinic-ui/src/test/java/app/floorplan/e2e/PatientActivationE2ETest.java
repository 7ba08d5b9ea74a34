package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import app.floorplan.core.identity.Role;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Getting a patient in, on a phone-sized screen: the PT creates Chloé's login and copies the link, logs out; Chloé
 * opens the link, chooses her password, logs in and lands on her plan.
 */
@FloorPlanServerTest
class PatientActivationE2ETest extends BrowserTest {

    private static final String CHLOES_PASSWORD = "Lavender-Tram-Orchard-58";

    /** Vaadin's development tools float over a phone-sized view in dev mode and are not part of the application. */
    private static final String HIDE_DEV_TOOLS = "copilot-main, vaadin-dev-tools { display: none !important; }";

    @Test
    void the_pt_creates_a_login_and_the_patient_activates_it_and_lands_on_my_plan() {
        page.setViewportSize(390, 844);
        logIn(DemoClinic.PT);
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(HIDE_DEV_TOOLS));

        page.locator("#patient-grid").getByText("Chloé Dupré").click();
        assertThat(page.locator("#patient-name")).hasText("Chloé Dupré");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Portal login"))
                .click();
        Locator username = page.locator("#portal-username input");
        assertThat(username).hasValue("chloe.dupre");
        page.locator("#create-login").click();

        Locator link = page.locator("#login-link input");
        assertThat(link).hasValue(Pattern.compile(".*/activate/[A-Za-z0-9_-]{43}$"));
        String address = link.inputValue();
        page.locator("#copy-link").click();
        assertThat(page.locator("#copy-link")).hasText("Link copied");
        assertThat(page.locator("#mail-status")).containsText("E-mail is not configured");
        page.locator("#close-link-dialog").click();
        assertThat(page.locator("#portal-login-state")).containsText("Waiting for activation");
        page.locator("#logout").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));

        // the link names the address the PT's browser used; Chloé opens it on her phone
        page.navigate(url(URI.create(address).getPath()));
        waitForVaadin();
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(HIDE_DEV_TOOLS));
        assertThat(page.locator("#link-username")).hasText("Your user name: chloe.dupre");
        page.locator("#password input").fill(CHLOES_PASSWORD);
        page.locator("#repeat input").fill(CHLOES_PASSWORD);
        page.locator("#set-password").click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?activated.*"));
        assertThat(page.locator("#login-notice")).containsText("Your password is saved");
        logIn(new DemoLogin("chloe.dupre", CHLOES_PASSWORD, Role.PATIENT, "Chloé Dupré"));

        assertThat(page).hasURL(Pattern.compile(".*/my-plan(\\?.*)?$"));
        assertThat(page.getByText("Hello, Chloé")).isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "patient-activated-my-plan.png")));
    }
}
