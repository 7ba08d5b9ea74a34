package app.floorplan.loadtest;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A busy clinic: PTs and patients log in, ramped so the logins arrive at a realistic rate, and keep working (think
 * times between actions) until every one of them has been active together for the hold time. Properties (all
 * optional): {@code baseUrl}, {@code users} (the CSV the seed wrote), {@code pts}, {@code patients},
 * {@code rampSeconds}, {@code holdSeconds}, {@code thinkMinSeconds}, {@code thinkMaxSeconds}, {@code results}.
 */
public class ClinicDaySimulation extends Simulation {

    private final LoadTestSettings settings = LoadTestSettings.fromSystemProperties();
    private final long endAt =
            System.currentTimeMillis() + settings.ramp().plus(settings.hold()).toMillis();

    {
        Flows flows = new Flows(settings.thinkMin(), settings.thinkMax());
        ScenarioBuilder pts = scenario("PT")
                .feed(settings.users().pts(settings.pts()))
                .exec(flows.login("patient-search"))
                .exec(asLongAs(session -> System.currentTimeMillis() < endAt).on(flows.ptRound()));
        ScenarioBuilder patients = scenario("patient")
                .feed(settings.users().patients(settings.patients()))
                .exec(flows.login("plan-phase"))
                .exec(asLongAs(session -> System.currentTimeMillis() < endAt).on(flows.patientRound()));
        setUp(
                        pts.injectOpen(rampUsers(settings.pts()).during(settings.ramp())),
                        patients.injectOpen(rampUsers(settings.patients()).during(settings.ramp())))
                .protocols(http.baseUrl(settings.baseUrl())
                        .acceptHeader("*/*")
                        .acceptLanguageHeader("en")
                        .userAgentHeader("FloorPlan load test (Gatling)"))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        try {
            System.out.print(Timings.write(
                    Path.of(settings.results()),
                    String.format(
                            "FloorPlan load test: %d PTs + %d patients, logins ramped over %d s (%.1f logins/s),"
                                    + " then all of them active for %d s; think time %d-%d s",
                            settings.pts(),
                            settings.patients(),
                            settings.ramp().toSeconds(),
                            (settings.pts() + settings.patients())
                                    / (double) settings.ramp().toSeconds(),
                            settings.hold().toSeconds(),
                            settings.thinkMin().toSeconds(),
                            settings.thinkMax().toSeconds())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
