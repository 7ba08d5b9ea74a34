package app.floorplan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Retained heap per logged-in patient session on "My plan" (issue 5) and on the guided session screen (issue 16),
 * target <= 100 kB each: the server runs in this JVM;
 * {@value #SESSIONS} patients log in through the real form (Spring Security, CSRF) and open My plan as a browser does,
 * each keeping her HTTP session and Vaadin UI open. Per session = (heap after GC with all sessions - heap after GC
 * before them) / sessions. Run with {@code ./mvnw -pl clinic-ui -am verify -Pbenchmarks}; see docs/benchmarks.md.
 */
@FloorPlanServerTest
@TestPropertySource(properties = "floorplan.demo-programs=true")
class MyPlanSessionHeapBenchmark {

    private static final int WARM_UP = 10;
    private static final int SESSIONS = 200;
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY =
            Pattern.compile("Vaadin-Security-Key\\\\?\"\\s*:\\s*\\\\?\"([0-9a-zA-Z-]+)");
    private static final Pattern SYNC_ID = Pattern.compile("syncId\\\\?\"\\s*:\\s*(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("clientId\\\\?\"\\s*:\\s*(\\d+)");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final List<DemoLogin> PATIENTS = List.of(DemoClinic.PATIENT_ANNA, DemoClinic.PATIENT_BEA);

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void retained_heap_per_patient_session_on_my_plan() throws Exception {
        measure("My plan", "my-plan", "Hello, ", "my-plan-session-heap.txt");
    }

    /** The guided session screen right after it opened: the player has the plan, the server keeps the ids. */
    @Test
    void retained_heap_per_patient_session_on_the_guided_session_screen() throws Exception {
        measure("Today's session", "my-plan/session", "FloorPlanSession.start", "guided-session-heap.txt");
    }

    private void measure(String screen, String route, String expected, String file) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            open(PATIENTS.get(i % 2), route, expected);
        }
        long before = heapAfterGc();
        for (int i = 0; i < SESSIONS; i++) {
            open(PATIENTS.get(i % 2), route, expected);
        }
        long after = heapAfterGc();
        double perSessionKb = (after - before) / (double) SESSIONS / 1024;
        String result = String.format(
                Locale.ROOT,
                "%s: %d patient sessions, heap after GC %.1f MB -> %.1f MB, retained per session %.1f kB"
                        + " (target <= 100 kB)%n",
                screen,
                SESSIONS,
                before / 1048576.0,
                after / 1048576.0,
                perSessionKb);
        System.out.print(result);
        Path out = Path.of("target", "benchmarks", file);
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        assertThat(perSessionKb).as("the measurement saw the sessions").isPositive();
    }

    /** Login page, login form post, then the view as a browser loads it; the session stays open. */
    private void open(DemoLogin patient, String route, String expected) throws IOException, InterruptedException {
        HttpResponse<String> loginPage = get("/login", null);
        String cookie = sessionCookie(loginPage, null);
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
        String form = "username=" + encode(patient.username()) + "&password=" + encode(patient.password()) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> loggedIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Cookie", "JSESSIONID=" + cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
        cookie = sessionCookie(loggedIn, cookie);
        get("/" + route, cookie);
        // as the browser does: create the UI, then navigate it to the view in its first UIDL request
        String init = get("/?v-r=init&location=" + route + "&query=", cookie).body();
        String uiId = find(UI_ID, init);
        String navigate = "{\"csrfToken\":\"" + find(SECURITY_KEY, init) + "\",\"rpc\":[{\"type\":\"event\","
                + "\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":"
                + find(SYNC_ID, init) + ",\"clientId\":" + find(CLIENT_ID, init) + "}";
        HttpResponse<String> view = http.send(
                HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                        .header("Cookie", "JSESSIONID=" + cookie)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(view.body()).contains(expected);
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            request.header("Cookie", "JSESSIONID=" + cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response, String current) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION_COOKIE::matcher)
                .filter(Matcher::find)
                .map(matcher -> matcher.group(1))
                .findFirst()
                .orElse(current);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            memory.gc();
            Thread.sleep(300);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
