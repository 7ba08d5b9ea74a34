package app.floorplan;

import app.floorplan.persistence.testing.TestDatabaseInitializer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/** The whole application served on a random port (for browser tests), on the test PostgreSQL with demo data. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(StatementCounting.class)
@TestPropertySource(
        properties = {
            "floorplan.demo-data=true",
            "floorplan.demo-programs=false",
            "vaadin.launch-browser=false",
            "floorplan.reminders.enabled=false"
        })
public @interface FloorPlanServerTest {}
