package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import com.microsoft.playwright.APIResponse;
import org.junit.jupiter.api.Test;

/**
 * The installable app offline (issue 16, ADR 0016): once the page has loaded FloorPlan's service worker, a page she
 * opens without a connection is the offline page, which says she is offline and why her plan is not on the phone; the
 * worker's script holds no patient data and is fetched fresh.
 */
@FloorPlanServerTest
class InstallableAppE2ETest extends BrowserTest {

    @Test
    void without_a_connection_the_installed_app_shows_the_offline_page_not_the_application_shell() {
        page.setViewportSize(390, 844);
        page.navigate(url("/login"));
        waitForVaadin();
        Object scope = page.evaluate("async () => (await navigator.serviceWorker.ready).scope");
        assertThat(scope).isEqualTo(url("/"));
        page.waitForFunction("() => navigator.serviceWorker.controller !== null");

        page.context().setOffline(true);
        page.navigate(url("/my-plan"));

        assertThat(page.locator("h1")).hasText("You are offline");
        assertThat(page.locator("#offline")).containsText("Your plan is not stored on this phone");

        page.context().setOffline(false);
        page.navigate(url("/login"));
        waitForVaadin();
        assertThat(page.locator("vaadin-text-field[name=username]")).isVisible();
    }

    @Test
    void the_service_worker_is_floorplans_own_and_is_never_served_stale() {
        APIResponse script = page.request().get(url("/sw.js"));

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.headers()).containsEntry("cache-control", "no-cache");
        assertThat(script.headers().get("content-type")).startsWith("text/javascript");
        assertThat(script.text()).contains("const OFFLINE_PAGE = 'offline.html';", "showNotification");
    }
}
