package app.floorplan.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers as a browser receives them from the running server, page by page (OWASP ASVS 5.0 V3.4), and
 * what the server answers at the HTTP level before Vaadin's own route checks.
 */
@FloorPlanServerTest
class SecurityHeadersTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void the_login_page_carries_every_browser_defence_and_is_never_cached() throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertBrowserDefences(login);
        assertThat(login.body())
                .as("Vaadin's base element: why base-uri is 'self', not 'none'")
                .contains("<base href");
        assertThat(login.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void an_app_page_of_a_logged_in_pt_carries_every_browser_defence_and_is_never_cached() throws Exception {
        logInAs(DemoClinic.PT.username(), DemoClinic.PT.password());

        HttpResponse<String> patients = get("/patients");

        assertThat(patients.statusCode()).isEqualTo(200);
        assertBrowserDefences(patients);
        assertThat(patients.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void an_address_that_matches_no_route_sends_a_visitor_to_the_login_and_reaches_vaadin_once_logged_in()
            throws Exception {
        for (String path : List.of("/no-such-page", "/patients/not-a-patient", "/patients")) {
            HttpResponse<String> anonymous = get(path);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }

        logInAs(DemoClinic.PT.username(), DemoClinic.PT.password());

        // Vaadin's page: the router then shows "Page not found" (LoginE2ETest)
        HttpResponse<String> unknown = get("/no-such-page");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertBrowserDefences(unknown);
    }

    @Test
    void a_static_style_sheet_carries_the_defences_too() throws Exception {
        HttpResponse<String> styles = get("/styles.css");

        assertThat(styles.statusCode()).isEqualTo(200);
        assertBrowserDefences(styles);
    }

    @Test
    void the_health_probe_carries_the_defences_too() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertBrowserDefences(health);
    }

    @Test
    void over_plain_http_there_is_no_hsts_and_the_session_cookie_is_http_only_same_site_lax_but_not_secure()
            throws Exception {
        HttpResponse<String> login = get("/login");

        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(login))
                .contains("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
    }

    /**
     * Behind the TLS-terminating reverse proxy (see docs/security.md) the proxy says so with {@code X-Forwarded-Proto};
     * the server then sends HSTS and marks the session cookie Secure.
     */
    @Test
    void behind_a_tls_proxy_the_server_sends_hsts_and_a_secure_session_cookie() throws Exception {
        HttpResponse<String> login = send(
                request("/login").header("X-Forwarded-Proto", "https").GET().build());

        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(value -> assertThat(value).contains("max-age=31536000"));
        assertThat(sessionCookie(login)).contains("Secure").contains("HttpOnly");
    }

    private static void assertBrowserDefences(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .as("the TOTP enrolment QR code is a data: URI image")
                .contains("img-src 'self' data:");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.firstValue("Permissions-Policy")).hasValue(SecurityHeaders.PERMISSIONS_POLICY);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    /** The login form's POST, with the CSRF token Spring Security puts into Vaadin's bootstrap page. */
    private void logInAs(String username, String password) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get("/login").body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> loggedIn = send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
