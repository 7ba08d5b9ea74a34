package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Real Chromium through the real login form against the running application. */
@FloorPlanServerTest
class LoginE2ETest {

    private static Browser browser;

    @LocalServerPort
    int port;

    private Page page;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(1280, 800);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    @Test
    void the_demo_pt_logs_in_through_the_form_and_sees_the_patient_list() {
        logIn(DemoClinic.PT);

        assertThat(page).hasURL(Pattern.compile(".*/patients(\\?.*)?$"));
        assertThat(page.locator("#patient-grid")).containsText("Anna Berg");
        assertThat(page.locator("#current-user")).containsText("Pia Therapist");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "pt-patient-list.png"))
                .setFullPage(true));
    }

    @Test
    void a_wrong_password_shows_the_error_on_the_login_form() {
        page.navigate(url("/login"));
        page.locator("vaadin-text-field[name=username] input").fill(DemoClinic.PT.username());
        page.locator("vaadin-password-field[name=password] input").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("Wrong user name or password");
    }

    @Test
    void a_patient_lands_on_my_plan_and_cannot_open_the_patient_list_by_url() {
        logIn(DemoClinic.PATIENT_BEA);
        assertThat(page).hasURL(Pattern.compile(".*/my-plan(\\?.*)?$"));
        assertThat(page.getByText("Hello, Bea")).isVisible();

        page.navigate(url("/patients"));

        assertThat(page.locator("#patient-grid")).hasCount(0);
        assertThat(page.getByText("Anna Berg")).hasCount(0);
        assertThat(page.getByText("Chloé Dupré")).hasCount(0);
    }

    private void logIn(DemoLogin login) {
        page.navigate(url("/"));
        page.locator("vaadin-text-field[name=username] input").fill(login.username());
        page.locator("vaadin-password-field[name=password] input").fill(login.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
        page.locator("#current-user").waitFor();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
