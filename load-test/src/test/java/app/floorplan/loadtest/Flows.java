package app.floorplan.loadtest;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import app.floorplan.loadtest.Timings.Kind;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What PTs and patients do, as the browser sends it: every request below is one a real Chromium session sent for the
 * same clicks (recorded with Playwright against the production jar), including the requests the browser sends by
 * itself after rendering. Static files (the Vaadin bundle, styles) are left out: a browser caches them.
 */
final class Flows {

    /** core's {@code RedFlag.asked()}, by name: the load test speaks the protocol only and depends on no module. */
    private static final List<String> ASKED_RED_FLAGS = List.of(
            "BLOOD_CLOT_SIGNS",
            "HEAVY_OR_RETURNING_BLEEDING",
            "WOUND_OR_PERINEAL_INFECTION",
            "PRE_ECLAMPSIA_SIGNS",
            "SADDLE_ANAESTHESIA",
            "NEW_RETENTION_OR_LOSS_OF_CONTROL_WITH_BACK_PAIN",
            "PROGRESSIVE_OR_BILATERAL_LEG_WEAKNESS",
            "TRAUMA",
            "OSTEOPOROSIS_RISK",
            "CANCER_HISTORY",
            "FEVER",
            "UNEXPLAINED_WEIGHT_LOSS",
            "SEVERE_NIGHT_PAIN",
            "IMMUNOSUPPRESSION",
            "SUSPECTED_SACRAL_STRESS_FRACTURE",
            "PREGNANCY_OR_LACTATION_OSTEOPOROSIS",
            "FEVER_WITH_PELVIC_PAIN",
            "SIGNS_AFTER_EPIDURAL_OR_SPINAL");

    /** Browser details the Vaadin client sends with its init request (the server keeps them as the WebBrowser). */
    private static final String BROWSER = "&v-sh=844&v-sw=390&v-wh=844&v-ww=390&v-bh=844&v-bw=390&v-tzo=-60"
            + "&v-dstd=60&v-rtzo=-60&v-dston=false&v-tzid=Europe%2FBerlin&v-td=false&v-pr=2&v-np=Linux%20x86_64"
            + "&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=portrait-primary&v-soa=0&v-tn=lumo&v-ga=UNSUPPORTED"
            + "&v-wla=SUPPORTED&v-ws=false";

    private static final String UI = "ui";
    private static final String LAST_HEARTBEAT = "lastHeartbeat";
    private static final Duration HEARTBEAT = Duration.ofSeconds(60);

    /** What the error views show; a response that shows one of them is a failed request. */
    private static final List<String> ERROR_TEXTS =
            List.of("Something went wrong", "Page not found", "Not available", "sessionExpired", "appError");

    private final Duration thinkMin;
    private final Duration thinkMax;

    Flows(Duration thinkMin, Duration thinkMax) {
        this.thinkMin = thinkMin;
        this.thinkMax = thinkMax;
    }

    /** Login page, UI init, the form post (Argon2), then the landing view as the browser loads it. */
    ChainBuilder login(String landingElement) {
        return exec(session -> session.set(UI, new VaadinUi()).set(LAST_HEARTBEAT, System.currentTimeMillis()))
                .exec(page(
                        "login page",
                        http("login page")
                                .get("/")
                                .check(css("meta[name=_csrf]", "content").saveAs("csrf"))))
                .exec(init("login", ""))
                .exec(uidl("open login view", Kind.INTERACTION, ui -> ui.navigate("/login", ""), "username"))
                .exec(record(
                        Kind.LOGIN,
                        "login (form post)",
                        http("login (form post)")
                                .post("/login")
                                .formParam("username", "#{username}")
                                .formParam("password", "#{password}")
                                .formParam("_csrf", "#{csrf}")
                                .disableFollowRedirect()
                                .check(
                                        responseTimeInMillis().saveAs("rt"),
                                        status().is(302),
                                        header("Location")
                                                .transform(location -> location.contains("error"))
                                                .is(false),
                                        header("Location").saveAs("landing"))))
                .exitHereIfFailed()
                .exec(page("page after login", http("page after login").get("#{landing}")))
                .exec(init("", "continue"))
                .exec(uidl("landing view", Kind.INTERACTION, ui -> ui.navigate("/", "continue"), landingElement));
    }

    /**
     * One round of a PT's work: find her patient, open the patient page, record a breathing assessment, then revise
     * the home program with a reason, and back to the list.
     */
    ChainBuilder ptRound() {
        return exec(think())
                .exec(heartbeatIfDue())
                .exec(uidl(
                        "PT: search patients",
                        Kind.INTERACTION,
                        (ui, session) -> ui.typeLazily("patient-search", session.getString("family")),
                        // the grid's data holds her patient's row: its key is what a click on the row sends
                        regex(session -> "\\{\"key\":\"(\\d+)\",\"col0\":\""
                                        + Pattern.quote(session.getString("given") + " " + session.getString("family"))
                                        + "\"")
                                .saveAs("row")))
                .exec(think())
                .exec(uidl(
                        "PT: open patient page",
                        Kind.INTERACTION,
                        (VaadinUi ui, Session session) -> ui.clickRow("patient-grid", session.getString("row")),
                        "patient-tabs"))
                .exec(think())
                .exec(uidl(
                        "PT: assessments tab",
                        Kind.INTERACTION,
                        ui -> ui.selectTab("tab-assessments"),
                        "new-assessment"))
                .exec(think())
                .exec(uidl("PT: new assessment", Kind.INTERACTION, ui -> ui.click("new-assessment"), "save-assessment"))
                .exec(redFlagScreenAllNo())
                .exec(shortPause())
                .exec(uidl("PT: open breathing section", Kind.INTERACTION, ui -> ui.open("section-breathing")))
                .exec(shortPause())
                .exec(uidl(
                        "PT: choose an answer", Kind.INTERACTION, ui -> ui.choose("section-breathing-assessed", "1")))
                .exec(shortPause())
                .exec(uidl("PT: choose an answer", Kind.INTERACTION, ui -> ui.choose("breathing-pattern", "1")))
                .exec(shortPause())
                .exec(uidl(
                        "PT: choose an answer",
                        Kind.INTERACTION,
                        ui -> ui.choose("breathing-lateralRibExpansion", "2")))
                .exec(shortPause())
                .exec(uidl(
                        "PT: choose an answer",
                        Kind.INTERACTION,
                        ui -> ui.choose("breathing-posteriorRibExpansion", "2")))
                .exec(think())
                .exec(uidl(
                        "PT: save assessment",
                        Kind.INTERACTION,
                        ui -> ui.click("save-assessment"),
                        "assessment-signature"))
                .exec(think())
                .exec(uidl("PT: back to patient", Kind.INTERACTION, ui -> ui.click("back-to-patient"), "patient-tabs"))
                .exec(think())
                .exec(uidl(
                        "PT: program tab", Kind.INTERACTION, ui -> ui.selectTab("tab-program"), "open-program-editor"))
                .exec(think())
                .exec(uidl(
                        "PT: open program editor",
                        Kind.INTERACTION,
                        ui -> ui.click("open-program-editor"),
                        "save-program"))
                .exec(think())
                .exec(uidl(
                        "PT: type a goal",
                        Kind.INTERACTION,
                        ui -> ui.type(
                                "program-goals-0",
                                "Walk " + ThreadLocalRandom.current().nextInt(20, 46) + " minutes with the pram")))
                .exec(shortPause())
                .exec(uidl(
                        "PT: type the reason",
                        Kind.INTERACTION,
                        ui -> ui.type("program-reason", "Progress at the review visit")))
                .exec(shortPause())
                .exec(uidl(
                        "PT: save program version",
                        Kind.INTERACTION,
                        ui -> ui.click("save-program"),
                        "Saved as version "))
                .exec(think())
                .exec(uidl(
                        "PT: back to patient list",
                        Kind.INTERACTION,
                        ui -> ui.navigate("/patients", ""),
                        "patient-search"));
    }

    /** One round of a patient's day: log today's practice (or correct today's entry), then back to My plan. */
    ChainBuilder patientRound() {
        return exec(think())
                .exec(heartbeatIfDue())
                .exec(uidl("patient: log today", Kind.INTERACTION, ui -> ui.click("log-today"), "save-practice"))
                .exec(shortPause())
                .exec(uidl("patient: answer a question", Kind.INTERACTION, ui -> ui.choose("session", "1")))
                .exec(shortPause())
                .exec(uidl(
                        "patient: answer a question",
                        Kind.INTERACTION,
                        ui -> ui.typeNumber("pain", ThreadLocalRandom.current().nextInt(0, 4))))
                .exec(shortPause())
                .exec(uidl(
                        "patient: answer a question",
                        Kind.INTERACTION,
                        ui -> ui.typeNumber(
                                "effort", ThreadLocalRandom.current().nextInt(2, 7))))
                .exec(shortPause())
                .exec(uidl(
                        "patient: save today's practice",
                        Kind.INTERACTION,
                        ui -> ui.click("save-practice"),
                        "Saved. You can change today"))
                .exec(think())
                .exec(uidl("patient: open My plan", Kind.INTERACTION, ui -> ui.navigate("/my-plan", ""), "plan-phase"));
    }

    private ChainBuilder think() {
        return pause(thinkMin, thinkMax);
    }

    /**
     * The visit's red-flag screen is answered before an assessment can be saved (issue 11): every asked flag "No",
     * about half a second a tap. Each group's items are Yes, No, so "No" is item key 2.
     */
    private static ChainBuilder redFlagScreenAllNo() {
        ChainBuilder answers = pause(Duration.ofMillis(300), Duration.ofMillis(800));
        for (String flag : ASKED_RED_FLAGS) {
            answers = answers.exec(
                            uidl("PT: answer a red flag", Kind.INTERACTION, ui -> ui.choose("red-flag-" + flag, "2")))
                    .exec(pause(Duration.ofMillis(300), Duration.ofMillis(800)));
        }
        return answers;
    }

    private static ChainBuilder shortPause() {
        return pause(Duration.ofSeconds(1), Duration.ofSeconds(3));
    }

    /** The Vaadin client's heartbeat (every 60 s while the tab is open), sent between actions when due. */
    private static ChainBuilder heartbeatIfDue() {
        return doIf(session -> System.currentTimeMillis() - session.getLong(LAST_HEARTBEAT) >= HEARTBEAT.toMillis())
                .then(exec(record(
                                Kind.HEARTBEAT,
                                "heartbeat",
                                http("heartbeat")
                                        .post(session -> "/?v-r=heartbeat&v-uiId="
                                                + ui(session).uiId())
                                        .check(responseTimeInMillis().saveAs("rt"), status().is(200))))
                        .exec(session -> session.set(LAST_HEARTBEAT, System.currentTimeMillis())));
    }

    private static ChainBuilder page(String name, HttpRequestActionBuilder request) {
        return exec(record(
                        Kind.PAGE_LOAD,
                        name,
                        request.check(responseTimeInMillis().saveAs("rt"), status().is(200))))
                .exitHereIfFailed();
    }

    private static ChainBuilder init(String location, String query) {
        String name = "UI init";
        return exec(record(
                        Kind.PAGE_LOAD,
                        name,
                        http(name)
                                .get("/?v-r=init&location=" + location + "&query=" + query + BROWSER)
                                .check(
                                        responseTimeInMillis().saveAs("rt"),
                                        status().is(200),
                                        substring("Vaadin-Security-Key").exists(),
                                        bodyString().saveAs("body"))))
                .exitHereIfFailed()
                .exec(session -> {
                    ui(session).init(session.getString("body"));
                    return session.remove("body");
                });
    }

    private static ChainBuilder uidl(String name, Kind kind, Function<VaadinUi, String> rpcs, String... expected) {
        return uidl(name, kind, (ui, session) -> rpcs.apply(ui), contains(expected));
    }

    private static ChainBuilder uidl(
            String name, Kind kind, BiFunction<VaadinUi, Session, String> rpcs, String... expected) {
        return uidl(name, kind, rpcs, contains(expected));
    }

    /**
     * One UIDL round trip with the body the browser would send; the response must not show an error and must pass
     * {@code checks}. Then the browser's own follow-up requests, as long as a response asks for one.
     */
    private static ChainBuilder uidl(
            String name, Kind kind, BiFunction<VaadinUi, Session, String> rpcs, CheckBuilder... checks) {
        return exec(session -> session.set("rpcs", rpcs.apply(ui(session), session)))
                .exec(record(kind, name, uidlRequest(name, "rpcs", checks)))
                .exitHereIfFailed()
                .exec(session -> {
                    ui(session).apply(session.getString("body"));
                    return session.remove("body");
                })
                .exec(followUps());
    }

    private static CheckBuilder[] contains(String... expected) {
        return Arrays.stream(expected).map(text -> substring(text).exists()).toArray(CheckBuilder[]::new);
    }

    private static ChainBuilder followUps() {
        String name = "browser follow-up";
        return asLongAs(session -> ui(session).hasFollowUp())
                .on(exec(session -> session.set("rpcs", ui(session).nextFollowUp()))
                        .exec(record(Kind.FOLLOW_UP, name, uidlRequest(name, "rpcs")))
                        .exitHereIfFailed()
                        .exec(session -> {
                            ui(session).apply(session.getString("body"));
                            return session.remove("body");
                        }));
    }

    private static HttpRequestActionBuilder uidlRequest(String name, String bodyKey, CheckBuilder... expected) {
        List<CheckBuilder> checks = new ArrayList<>();
        checks.add(responseTimeInMillis().saveAs("rt"));
        checks.add(status().is(200));
        checks.add(substring("\"syncId\"").exists());
        ERROR_TEXTS.forEach(text -> checks.add(substring(text).notExists()));
        checks.addAll(Arrays.asList(expected));
        checks.add(bodyString().saveAs("body"));
        return http(name)
                .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> session.getString(bodyKey)))
                .check(checks);
    }

    /** The request, then its response time into {@link Timings} (a failed one counts as a failure, not a time). */
    private static ChainBuilder record(Kind kind, String name, HttpRequestActionBuilder request) {
        return exec(request).exec(session -> {
            Timings.record(kind, name, session.contains("rt") ? session.getInt("rt") : -1, session.isFailed());
            return session.remove("rt");
        });
    }

    static VaadinUi ui(Session session) {
        return session.get(UI);
    }
}
