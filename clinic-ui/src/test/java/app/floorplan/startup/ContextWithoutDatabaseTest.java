package app.floorplan.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.FloorPlanApplication;
import app.floorplan.persistence.testing.TestDatabaseInitializer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplication.AbandonedRunException;
import org.springframework.boot.SpringApplicationHook;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.DefaultLifecycleProcessor;

/**
 * The production start's training run (benchmarks/aot-training.sh and the Dockerfile, ADR 0014) builds the whole
 * Spring context with no database reachable and stops when the refresh is done, before anything starts (JVM property
 * {@code spring.context.exit=onRefresh}, which halts the JVM, so this test stops at the same point by itself). A bean
 * that reads the database while it is built breaks the image build and the load test: the Web Push keys once did.
 */
class ContextWithoutDatabaseTest {

    @Test
    void every_bean_is_built_with_no_database_reachable_as_in_the_training_run() {
        SpringApplicationHook stopAfterTheRefresh = application -> new SpringApplicationRunListener() {
            @Override
            public void started(ConfigurableApplicationContext context, Duration timeTaken) {
                throw new AbandonedRunException(context);
            }
        };

        assertThatThrownBy(() -> SpringApplication.withHook(
                        stopAfterTheRefresh, () -> new SpringApplicationBuilder(FloorPlanApplication.class)
                                .initializers(context -> context.getBeanFactory()
                                        .registerSingleton("lifecycleProcessor", new NothingStarts()))
                                .properties(
                                        "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/aot-training",
                                        "spring.flyway.enabled=false",
                                        "floorplan.demo-data=false",
                                        "floorplan.security.totp-key=" + TestDatabaseInitializer.TEST_TOTP_KEY,
                                        "server.port=0",
                                        "vaadin.launch-browser=false")
                                .run()))
                .isInstanceOfSatisfying(AbandonedRunException.class, stopped -> {
                    try (ConfigurableApplicationContext built = stopped.getApplicationContext()) {
                        assertThat(built).isNotNull();
                        assertThat(built.isActive()).isTrue();
                    }
                });
    }

    /** The refresh's last step starts the web server and the schedulers; the training run halts just before it. */
    private static final class NothingStarts extends DefaultLifecycleProcessor {
        @Override
        public void onRefresh() {}
    }
}
