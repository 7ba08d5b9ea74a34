package app.floorplan.persistence.testing;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points a Spring test context at the JVM's test PostgreSQL (see {@link TestPostgres}) and gives it a TOTP key. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** A throwaway key for authenticator secrets, also for tests that bring a database server of their own. */
    public static final String TEST_TOTP_KEY = newKey();

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
                                "spring.datasource.password", db.password(),
                                // a throwaway key for authenticator secrets, like the database it seals them in
                                "floorplan.security.totp-key", TEST_TOTP_KEY)));
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
