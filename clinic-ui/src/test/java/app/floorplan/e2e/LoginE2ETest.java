package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Real Chromium through the real login form against the running application. */
@FloorPlanServerTest
class LoginE2ETest extends BrowserTest {

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
    void a_mistyped_or_truncated_address_typed_into_the_browser_is_page_not_found() {
        logIn(DemoClinic.PT);

        for (String address :
                List.of("/patients/not-a-patient", "/patients/0b6c3f9e-5d1a-4c2b-9e7f/program", "/patient")) {
            // the document itself is 200: Vaadin resolves the route after the page has loaded
            page.navigate(url(address));

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
                    .isVisible();
            page.locator("#not-found-home").click();
            assertThat(page).hasURL(Pattern.compile(".*/patients(\\?.*)?$"));
        }
    }

    /**
     * The login form posts to Spring Security, which gives the session a new id. A Vaadin round trip from the login page
     * in flight then arrives with the old id, Vaadin answers "session expired" and the page reloads, cancelling the
     * form's navigation: the person lands on a fresh login page (seen on cold starts, when the page's round trips come
     * late). So no round trip of the login page may be in flight when the form posts, nor start after it; before, the
     * form's error property went to the server right after every submit, and its first value once after each load.
     */
    @Test
    void no_round_trip_of_the_login_page_is_in_flight_when_the_form_posts_not_even_after_a_wrong_password() {
        List<String> problems = new CopyOnWriteArrayList<>();
        Set<Request> inFlight = ConcurrentHashMap.newKeySet();
        AtomicBoolean posted = new AtomicBoolean();
        page.onRequest(request -> {
            // the unload beacon of a page being left is fire-and-forget: no answer can reload anything
            boolean unload = request.postData() != null && request.postData().contains("\"UNLOAD\":true");
            if (request.url().contains("v-r=uidl") && request.frame().url().contains("/login") && !unload) {
                inFlight.add(request);
                if (posted.get()) {
                    problems.add("round trip after the post: " + request.postData());
                }
            }
            if ("POST".equals(request.method()) && request.url().endsWith("/login")) {
                posted.set(true);
                inFlight.forEach(busy -> problems.add("round trip in flight at the post: " + busy.postData()));
            }
        });
        page.onRequestFinished(inFlight::remove);
        page.onRequestFailed(inFlight::remove);
        page.navigate(url("/login?error"));
        waitForVaadin();
        assertThat(page.locator("#login-error")).containsText("Wrong user name or password");

        submitLogin(DemoClinic.PT);

        assertThat(page).hasURL(Pattern.compile(".*/patients(\\?.*)?$"));
        org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
    }

    @Test
    void a_wrong_password_shows_the_error_on_the_login_form() {
        page.navigate(url("/login"));
        waitForVaadin();
        page.locator("vaadin-text-field[name=username] input").fill(DemoClinic.PT.username());
        page.locator("vaadin-password-field[name=password] input").fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("#login-error")).containsText("Wrong user name or password");
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
}
