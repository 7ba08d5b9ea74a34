package app.floorplan.loadtest;

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
 * Sessions for the heap measurement: {@code sessions} users of one {@code role} (PT or PATIENT) log in, do one round
 * of their work and leave their session open, as a person who stops at the last screen does. The script measures the
 * server's heap after a full GC before and after this simulation (benchmarks/load-test.sh).
 */
public class SessionHeapSimulation extends Simulation {

    private final LoadTestSettings settings = LoadTestSettings.fromSystemProperties();
    private final boolean pt = "PT".equals(System.getProperty("role", "PT"));
    private final int sessions = Integer.getInteger("sessions", 200);

    {
        Flows flows = new Flows(settings.thinkMin(), settings.thinkMax());
        ScenarioBuilder users = pt
                ? scenario("PT sessions")
                        .feed(settings.users().pts(sessions))
                        .exec(flows.login("patient-search"))
                        .exec(flows.ptRound())
                : scenario("patient sessions")
                        .feed(settings.users().patients(sessions))
                        .exec(flows.login("plan-phase"))
                        .exec(flows.patientRound());
        setUp(users.injectOpen(rampUsers(sessions).during(settings.ramp())))
                .protocols(http.baseUrl(settings.baseUrl()).acceptHeader("*/*"))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        try {
            System.out.print(Timings.write(
                    Path.of(settings.results()),
                    (pt ? "PT" : "patient") + " sessions for the heap measurement: " + sessions));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
