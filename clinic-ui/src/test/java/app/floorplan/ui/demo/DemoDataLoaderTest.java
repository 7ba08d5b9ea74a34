package app.floorplan.ui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.demo.DemoClinic;
import app.floorplan.ui.logging.ProductionLog;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.DefaultApplicationArguments;

class DemoDataLoaderTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(DemoDataLoader.class);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

    @BeforeEach
    void capture() {
        captured.start();
        logger.addAppender(captured);
    }

    @AfterEach
    void release() {
        logger.detachAppender(captured);
    }

    @Test
    void the_start_up_log_prints_each_demo_login_on_a_line_of_its_own() {
        new DemoDataLoader(() -> true).run(new DefaultApplicationArguments());

        ProductionLog production = new ProductionLog();
        List<String> lines = captured.list.stream().map(production::format).toList();
        assertThat(lines).hasSize(1 + DemoClinic.LOGINS.size());
        assertThat(lines.getFirst()).contains("Loaded the demo clinic '" + DemoClinic.NAME + "'. Demo logins");
        for (int i = 0; i < DemoClinic.LOGINS.size(); i++) {
            var login = DemoClinic.LOGINS.get(i);
            assertThat(lines.get(i + 1))
                    .contains(login.role().name())
                    .contains(login.username() + " ")
                    .contains("password: " + login.password());
        }
        assertThat(lines).allSatisfy(line -> assertThat(line)
                .doesNotContain("\\n")
                .endsWith(System.lineSeparator())
                .hasLineCount(1));
    }
}
