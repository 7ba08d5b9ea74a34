package app.floorplan.persistence.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at the JVM's test PostgreSQL (see {@link TestPostgres}). */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPostgres.Connection db = TestPostgres.connection();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "floorplan-test-database",
                        Map.of(
                                "spring.datasource.url", db.url(),
                                "spring.datasource.username", db.user(),
                                "spring.datasource.password", db.password())));
    }
}
