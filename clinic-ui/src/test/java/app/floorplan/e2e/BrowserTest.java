package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.floorplan.core.demo.DemoLogin;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test against the running application: one Chromium per test class, a fresh page (new cookies, a new
 * person) per test, and the login through the real form.
 */
abstract class BrowserTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    Page page;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
        // the shared 2-core machine can be slow to answer a Vaadin round trip; Playwright's default is 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void stopBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
        browser.close();
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(1280, 900);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    /** Replaces this test's page with one of a browser set to another language, e.g. "de-DE". */
    void switchBrowserLanguage(String locale) {
        page.context().close();
        page = browser.newPage(1280, 900, locale);
    }

    /**
     * Logs in through the form; waits for Vaadin first, as typing into a form that is still rendering can be lost. The
     * login is three page loads and a password hash: on the shared machine under load that has taken over 20 s (a probe
     * recorded each step arriving, slowly, with no page reload in between), so it gets a minute, once.
     */
    void logIn(DemoLogin login) {
        page.navigate(url("/"));
        submitLogin(login);
        assertThat(page.locator("#current-user"))
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
    }

    void submitLogin(DemoLogin login) {
        waitForVaadin();
        Locator username = page.locator("vaadin-text-field[name=username] input");
        Locator password = page.locator("vaadin-password-field[name=password] input");
        username.fill(login.username());
        password.fill(login.password());
        assertThat(username).hasValue(login.username());
        assertThat(password).hasValue(login.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }

    /** Waits until every Vaadin client on the page has finished its server round trips (as TestBench does). */
    void waitForVaadin() {
        page.waitForFunction("() => window.Vaadin?.Flow?.clients && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
