package app.floorplan.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanServerTest;
import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.Username;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.questionnaire.Assignment;
import app.floorplan.core.questionnaire.AssignmentId;
import app.floorplan.core.questionnaire.AssignmentRepository;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.Occurrence;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.ResponseDraft;
import app.floorplan.core.questionnaire.ResponseRepository;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Retained heap per logged-in patient session on her phone screens (issue 5 for My plan, issue 16 for the guided session, issue 12 for a questionnaire
 * question, her progress charts and her diary; target <= 100 kB each): the server runs in this JVM; {@value #SESSIONS}
 * patients log in through the real form (Spring Security, CSRF) and open the screen as a browser does, each keeping her
 * HTTP session and Vaadin UI open; on the questionnaire she also taps once, so the kept state is a question screen after
 * a round trip. Per session = (heap after GC with all sessions - heap after GC before them) / sessions. Run with {@code
 * ./mvnw -pl clinic-ui -am verify -Pbenchmarks,production}; see docs/benchmarks.md.
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
    private static final String CLICK = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":180,\"event.clientY\":400,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":400,\"event.screenX\":180}";
    private static final List<DemoLogin> PATIENTS = List.of(DemoClinic.PATIENT_ANNA, DemoClinic.PATIENT_BEA);

    @LocalServerPort
    int port;

    @Autowired
    AssignmentRepository assignments;

    @Autowired
    ResponseRepository responses;

    @Autowired
    AccountRepository accounts;

    @Autowired
    ClinicCalendar calendar;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void retained_heap_per_patient_session_on_my_plan() throws Exception {
        measure("My plan", "my-plan", patient -> "my-plan", Optional.empty(), "Hello, ");
    }

    /** The guided session screen right after it opened: the player has the plan, the server keeps the ids. */
    @Test
    void retained_heap_per_patient_session_on_the_guided_session_screen() throws Exception {
        measure("Today's session", "guided", patient -> "my-plan/session", Optional.empty(), "FloorPlanSession.start");
    }

    /**
     * Both patients have a PFDI-20 open with one answer saved, so the screen opens on question 2; her tap skips it,
     * which saves the draft unchanged, so every session keeps question 3.
     */
    @Test
    void retained_heap_per_patient_session_on_a_questionnaire_question() throws Exception {
        Map<DemoLogin, String> routes = new HashMap<>();
        for (DemoLogin login : PATIENTS) {
            routes.put(login, "my-questionnaires/" + openPfdi20WithOneAnswer(login));
        }
        measure(
                "A questionnaire question",
                "questionnaire",
                routes::get,
                Optional.of(new Tap("skip-question", "Question 3")),
                "Question 2");
    }

    @Test
    void retained_heap_per_patient_session_on_my_progress() throws Exception {
        measure("My progress", "my-progress", patient -> "my-progress", Optional.empty(), "My progress");
    }

    @Test
    void retained_heap_per_patient_session_on_my_diary() throws Exception {
        measure("My diary", "my-diary", patient -> "my-diary", Optional.empty(), "Bladder and bowel diary");
    }

    private void measure(String screen, String file, Function<DemoLogin, String> route, Optional<Tap> tap, String shows)
            throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            DemoLogin patient = PATIENTS.get(i % 2);
            open(patient, route.apply(patient), tap, shows);
        }
        long before = heapAfterGc();
        long keptResponses = 0;
        for (int i = 0; i < SESSIONS; i++) {
            DemoLogin patient = PATIENTS.get(i % 2);
            keptResponses += open(patient, route.apply(patient), tap, shows);
        }
        long after = heapAfterGc();
        double perSessionKb = (after - before) / (double) SESSIONS / 1024;
        String result = String.format(
                Locale.ROOT,
                "%s: %d patient sessions, heap after GC %.1f MB -> %.1f MB, retained per session %.1f kB"
                        + " (target <= 100 kB), of which the last response Vaadin keeps %.1f kB%n",
                screen,
                SESSIONS,
                before / 1048576.0,
                after / 1048576.0,
                perSessionKb,
                keptResponses / (double) SESSIONS / 1024);
        System.out.print(result);
        Path out = Path.of("target", "benchmarks", file + "-session-heap.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, result);
        assertThat(perSessionKb).as("the measurement saw the sessions").isPositive();
    }

    /** Her PFDI-20 due today (Anna's from the demo, a new one for Bea) with question 1 answered; its assignment id. */
    private AssignmentId openPfdi20WithOneAnswer(DemoLogin login) {
        PatientId patient = accounts.findByUsername(Username.of(login.username()))
                .flatMap(Account::patientId)
                .orElseThrow();
        LocalDate today = calendar.today();
        Assignment assignment = assignments.forPatient(patient).stream()
                .filter(found -> found.instrument() == Instrument.PFDI_20 && !found.ended())
                .filter(found -> found.latestDue(today)
                        .filter(due -> responses.forOccurrence(due).isEmpty())
                        .isPresent())
                .findFirst()
                .orElseGet(() -> {
                    var pfdi = Assignment.assign(
                            AssignmentId.random(),
                            patient,
                            Instrument.PFDI_20,
                            today,
                            Optional.empty(),
                            accounts.findByUsername(Username.of(DemoClinic.PT.username()))
                                    .orElseThrow()
                                    .id(),
                            Instant.now(),
                            today);
                    assignments.add(pfdi);
                    return pfdi;
                });
        Occurrence due = assignment.latestDue(today).orElseThrow();
        responses.saveDraft(new ResponseDraft(
                due.responseId(),
                patient,
                due,
                QuestionnaireAnswers.ofInts(Instrument.PFDI_20, Map.of(1, 1)),
                Instant.now()));
        return assignment.id();
    }

    /**
     * Login page, login form post, then the screen as a browser loads it, and the tap on the element with that id if
     * any; the session stays open. Returns the bytes of the last response, which Vaadin keeps per UI to answer a resent
     * request (a Java string: one byte a character when all are Latin-1, else two).
     */
    private long open(DemoLogin patient, String route, Optional<Tap> tap, String shows)
            throws IOException, InterruptedException {
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
        String init =
                get("/?v-r=init&location=" + encode(route) + "&query=", cookie).body();
        String uiId = find(UI_ID, init);
        String securityKey = find(SECURITY_KEY, init);
        String navigate = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\","
                + "\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":"
                + find(SYNC_ID, init) + ",\"clientId\":" + find(CLIENT_ID, init) + "}";
        String view = uidl(uiId, cookie, navigate);
        assertThat(view).contains(shows);
        String last = view;
        if (tap.isPresent()) {
            String click = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[{\"type\":\"event\",\"node\":"
                    + find(
                            Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\""
                                    + Pattern.quote(tap.get().id()) + "\""),
                            view)
                    + ",\"event\":\"click\",\"data\":" + CLICK + "}],\"syncId\":" + find(SYNC_ID, view)
                    + ",\"clientId\":" + find(CLIENT_ID, view) + "}";
            last = uidl(uiId, cookie, click);
            assertThat(last).as("the screen after her tap").contains(tap.get().shows());
        }
        boolean latin1 = last.chars().allMatch(c -> c <= 0xFF);
        return (long) last.length() * (latin1 ? 1 : 2);
    }

    /** A tap on the element with that id, and what the screen shows after it. */
    private record Tap(String id, String shows) {}

    private String uidl(String uiId, String cookie, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                        .header("Cookie", "JSESSIONID=" + cookie)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
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
