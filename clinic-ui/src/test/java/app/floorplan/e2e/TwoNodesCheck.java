package app.floorplan.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import app.floorplan.core.login.TokenHash;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two FloorPlan nodes on one PostgreSQL behind nginx, as {@code ops/two-nodes/run.sh start} runs them: what is shared
 * through the database stays correct whichever node a request reaches (link tokens, login throttling, alerts, the
 * audit chain), and a node killed mid-session sends its people to the login page on the other node without losing a
 * saved record. Not part of {@code ./mvnw verify} (it needs the running nodes): {@code ops/two-nodes/check.sh} runs it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesCheck {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final String RUN_SCRIPT =
            REPOSITORY.resolve("ops/two-nodes/run.sh").toString();
    private static final String BEA_PASSWORD = "Lantern-Harbour-Meadow-" + (1000 + new SecureRandom().nextInt(9000));
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private static final String PROXY = "http://127.0.0.1:" + env("FLOORPLAN_PROXY_PORT", "18080");
    private static final Map<String, String> NODES = Map.of(
            "node1", "http://127.0.0.1:" + env("FLOORPLAN_NODE1_PORT", "18081"),
            "node2", "http://127.0.0.1:" + env("FLOORPLAN_NODE2_PORT", "18082"));
    private static final String DATABASE =
            env("CLINIC_DB_URL", "jdbc:postgresql://127.0.0.1:" + env("FLOORPLAN_DB_PORT", "18432") + "/postgres");

    private static Browser browser;
    private static Instant started;

    @BeforeAll
    static void start() {
        browser = new Browser();
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        started = Instant.now();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    @Order(1)
    void a_reset_link_used_on_one_node_is_spent_on_the_other() throws SQLException {
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(new SecureRandom().generateSeed(32));
        issueResetLink(DemoClinic.PATIENT_BEA.username(), secret);

        Page node2 = newPage();
        node2.navigate(NODES.get("node2") + "/reset-password/" + secret);
        node2.locator("#password input").fill(BEA_PASSWORD);
        node2.locator("#repeat input").fill(BEA_PASSWORD);
        node2.locator("#set-password").click();
        assertThat(node2).hasURL(Pattern.compile(".*/login\\?password-set.*"));

        Page node1 = newPage();
        node1.navigate(NODES.get("node1") + "/reset-password/" + secret);
        assertThat(node1.locator("#link-unusable")).isVisible();
        assertThat(node1.locator("#set-password")).hasCount(0);
    }

    @Test
    @Order(2)
    void five_failed_logins_spread_over_both_nodes_lock_the_name_on_both() throws Exception {
        String address = "198.51.100.7";
        String bea = DemoClinic.PATIENT_BEA.username();
        assertThat(logIn("node2", bea, BEA_PASSWORD, address))
                .as("the new password works")
                .isTrue();

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(logIn(attempt % 2 == 0 ? "node1" : "node2", bea, "not-her-password", address))
                    .isFalse();
        }
        assertThat(logIn("node1", bea, BEA_PASSWORD, address))
                .as("locked after five failures counted on two nodes")
                .isFalse();
        assertThat(auditEventsSince("LOGIN_THROTTLED")).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(3)
    void an_alert_raised_on_one_node_is_acknowledged_once_whichever_node_the_pts_use() throws SQLException {
        Page anna = newPage();
        logIn(anna, "node2", DemoClinic.PATIENT_ANNA);
        anna.navigate(NODES.get("node2") + "/my-plan/today");
        anna.locator("#session vaadin-radio-button").first().click();
        anna.locator("#pain input").fill("8");
        anna.locator("#save-practice").click();
        assertThat(anna.locator("#log-status")).containsText("Saved.");

        Page ptOnNode1 = newPage();
        logIn(ptOnNode1, "node1", DemoClinic.PT);
        Page ptOnNode2 = newPage();
        logIn(ptOnNode2, "node2", DemoClinic.PT);
        Locator onNode1 = highPainAlertsOfAnna(ptOnNode1, "node1");
        assertThat(onNode1.first()).isVisible();
        int open = onNode1.count();
        Locator onNode2 = highPainAlertsOfAnna(ptOnNode2, "node2");
        assertThat(onNode2).hasCount(open);

        // both PTs open the same alert; the one on node 1 confirms first, then the one on node 2
        onNode1.first().getByText("Acknowledge…").click();
        onNode2.first().getByText("Acknowledge…").click();
        ptOnNode1.locator("#ack-note textarea").fill("Called her from node 1");
        ptOnNode2.locator("#ack-note textarea").fill("Called her from node 2");
        ptOnNode1.locator("#confirm-ack").click();
        assertThat(onNode1).hasCount(open - 1);
        ptOnNode2.locator("#confirm-ack").click();
        assertThat(onNode2).hasCount(open - 1);

        assertThat(highPainAcknowledgementsOfAnnaToday()).isEqualTo(1);
        assertThat(highPainAlertsOfAnna(ptOnNode1, "node1")).hasCount(open - 1);
    }

    @Test
    @Order(4)
    void audit_events_appended_by_both_nodes_at_once_stay_one_chain() throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String node = i % 2 == 0 ? "node1" : "node2";
                String address = "198.51.100." + (20 + i);
                attempts.add(pool.submit(() -> logIn(node, "nobody-" + UUID.randomUUID(), "wrong", address)));
            }
            for (Future<Boolean> attempt : attempts) {
                assertThat(attempt.get(2, TimeUnit.MINUTES)).isFalse();
            }
        }
        assertThat(auditEventsSince("LOGIN_FAILED")).isGreaterThanOrEqualTo(40);
        assertChainIsOneVerifiedLine();
    }

    @Test
    @Order(5)
    void a_node_killed_mid_session_sends_its_pt_to_the_login_on_the_other_node_and_her_saved_patient_is_there()
            throws Exception {
        Page page = newPage();
        page.navigate(PROXY + "/");
        submitLogin(page, DemoClinic.PT);
        assertThat(page.locator("#current-user")).isVisible();
        String servedBy = nodeCookie(page.context());
        assertThat(servedBy).isIn("node1", "node2");

        String family = "Twonode-" + UUID.randomUUID().toString().substring(0, 8);
        page.navigate(PROXY + "/patients/new");
        page.locator("#givenName input").fill("Mira");
        page.locator("#familyName input").fill(family);
        page.locator("#dateOfBirth input").fill("1/2/1992");
        page.locator("#dateOfBirth input").press("Enter");
        page.locator("#save-patient").click();
        assertThat(page.locator("#patient-name")).hasText("Mira " + family);

        runScript("kill", servedBy.substring("node".length()));
        try {
            page.locator("#edit-patient").click();
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
            String other = nodeCookie(page.context());
            assertThat(other).isNotEqualTo(servedBy);

            submitLogin(page, DemoClinic.PT);
            assertThat(page.locator("#current-user")).isVisible();
            page.navigate(PROXY + "/patients");
            page.locator("#patient-search input").fill(family);
            assertThat(page.locator("#patient-grid")).containsText("Mira " + family);
            assertThat(patientsNamed(family)).isEqualTo(1);
        } finally {
            runScript("start-node", servedBy.substring("node".length()));
        }
        assertChainIsOneVerifiedLine();
    }

    private Page newPage() {
        return browser.newPage(1280, 900);
    }

    private static void logIn(Page page, String node, DemoLogin login) {
        page.navigate(NODES.get(node) + "/login");
        submitLogin(page, login);
        try {
            assertThat(page.locator("#current-user")).isVisible();
        } catch (AssertionError failure) {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "screenshots", "two-nodes-login-" + login.username() + ".png")));
            throw failure;
        }
    }

    private static void submitLogin(Page page, DemoLogin login) {
        page.waitForFunction("() => window.Vaadin?.Flow?.clients && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
        page.locator("vaadin-text-field[name=username] input").fill(login.username());
        page.locator("vaadin-password-field[name=password] input").fill(login.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                .click();
    }

    private static Locator highPainAlertsOfAnna(Page page, String node) {
        page.navigate(NODES.get(node) + "/alerts");
        return page.locator(".fp-alert")
                .filter(new Locator.FilterOptions().setHasText("Anna"))
                .filter(new Locator.FilterOptions().setHasText("High pain"));
    }

    private static String nodeCookie(BrowserContext context) {
        return context.cookies().stream()
                .filter(c -> c.name.equals("FLOORPLAN_NODE"))
                .map(c -> c.value)
                .findFirst()
                .orElse("");
    }

    /** The login form as a browser posts it; the node trusts the forwarded address from loopback, as from nginx. */
    private static boolean logIn(String node, String username, String password, String address)
            throws IOException, InterruptedException {
        String base = NODES.get(node);
        try (HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            String loginPage = client.send(
                            HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher csrf = CSRF.matcher(loginPage);
            assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                    + encode(csrf.group(1));
            HttpResponse<Void> answer = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("X-Forwarded-For", address)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = answer.headers().firstValue("Location").orElse("");
            return answer.statusCode() == 302 && !location.contains("/login");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The application's own verify command, plus the chain's shape: sequence numbers 1..n without a gap or a fork. */
    private static void assertChainIsOneVerifiedLine() throws Exception {
        try (Connection c = database();
                PreparedStatement shape = c.prepareStatement(
                        "select count(*), count(distinct seq), min(seq), max(seq) from audit_event");
                ResultSet rs = shape.executeQuery()) {
            rs.next();
            assertThat(rs.getLong(2)).isEqualTo(rs.getLong(1));
            assertThat(rs.getLong(3)).isEqualTo(1);
            assertThat(rs.getLong(4)).isEqualTo(rs.getLong(1));
        }
        ProcessBuilder verify = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        env(
                                "FLOORPLAN_JAR",
                                REPOSITORY
                                        .resolve("clinic-ui/target/floorplan.jar")
                                        .toString()),
                        "--floorplan.audit.verify",
                        "--server.port=0",
                        "--spring.flyway.enabled=false")
                .redirectErrorStream(true);
        verify.environment().put("CLINIC_DB_URL", DATABASE);
        verify.environment().put("CLINIC_DB_USER", env("CLINIC_DB_USER", "postgres"));
        verify.environment().put("CLINIC_DB_PASSWORD", env("CLINIC_DB_PASSWORD", ""));
        verify.environment().put("FLOORPLAN_DEMO_DATA", "false");
        Process process = verify.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Audit chain: Intact");
    }

    private static void runScript(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", RUN_SCRIPT));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }

    private static void issueResetLink(String username, String secret) throws SQLException {
        try (Connection c = database();
                PreparedStatement insert = c.prepareStatement("""
                        insert into login_token (token_hash, account_id, purpose, issued_at, expires_at)
                        select ?, id, 'RESET', now(), now() + interval '1 hour' from account where username = ?""")) {
            insert.setString(1, TokenHash.of(secret).hex());
            insert.setString(2, username);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private static long auditEventsSince(String action) throws SQLException {
        try (Connection c = database();
                PreparedStatement count =
                        c.prepareStatement("select count(*) from audit_event where action = ? and occurred_at >= ?")) {
            count.setString(1, action);
            count.setTimestamp(2, Timestamp.from(started));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long highPainAcknowledgementsOfAnnaToday() throws SQLException {
        try (Connection c = database();
                PreparedStatement count = c.prepareStatement("""
                        select count(*) from practice_alert_ack k join patient p on p.id = k.patient_id
                        where p.given_name = 'Anna' and k.kind = 'HIGH_PAIN' and k.acknowledged_at >= ?""")) {
            count.setTimestamp(1, Timestamp.from(started));
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long patientsNamed(String family) throws SQLException {
        try (Connection c = database();
                PreparedStatement count = c.prepareStatement("select count(*) from patient where family_name = ?")) {
            count.setString(1, family);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(DATABASE, env("CLINIC_DB_USER", "postgres"), env("CLINIC_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
