package app.floorplan.ui.demo;

import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.demo.DemoLogin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/** Loads the demo clinic at start-up and prints the demo logins, so a first-time user knows how to get in. */
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoClinic demoClinic;

    DemoDataLoader(DemoClinic demoClinic) {
        this.demoClinic = demoClinic;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean created = demoClinic.loadIfAbsent();
        StringBuilder logins = new StringBuilder();
        for (DemoLogin login : DemoClinic.LOGINS) {
            logins.append(String.format(
                    "%n    %-8s %-9s password: %s", login.role().name(), login.username(), login.password()));
        }
        log.info(
                "{} '{}'. Demo logins (demo data only, change them on a real installation):{}",
                created ? "Loaded the demo clinic" : "Demo clinic present",
                DemoClinic.NAME,
                logins);
    }
}
