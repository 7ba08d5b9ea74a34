package app.floorplan.ui.demo;

import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * Loads the demo clinic at start-up and prints the demo logins, so a first-time user knows how to get in. Each login
 * is its own log line: the log escapes line breaks inside a message (log injection), so one message with line breaks
 * would print as a single line full of {@code \n}.
 */
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    /** Loads the demo clinic when it is missing; true when it did. */
    private final BooleanSupplier loadIfAbsent;

    DemoDataLoader(BooleanSupplier loadIfAbsent) {
        this.loadIfAbsent = loadIfAbsent;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean created = loadIfAbsent.getAsBoolean();
        log.info(
                "{} '{}'. Demo logins (demo data only, change them on a real installation):",
                created ? "Loaded the demo clinic" : "Demo clinic present",
                DemoClinic.NAME);
        for (DemoLogin login : DemoClinic.LOGINS) {
            log.info(
                    "    {}",
                    "%-8s %-9s password: %s".formatted(login.role().name(), login.username(), login.password()));
        }
    }
}
