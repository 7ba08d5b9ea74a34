package app.floorplan.ui.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The production logging configuration (logback-spring.xml and application.yml), loaded as the application loads it. */
class LoggingConfigurationTest {

    private final ProductionLog log = new ProductionLog();
    private final LoggerContext context = log.context();

    @Test
    void a_typed_line_break_cannot_forge_a_second_log_line() {
        String typed = "Anna\r\n2026-11-22T10:00:00Z  INFO 1 --- [main] LoginAudit : admin logged in\u2028\u0007";

        String line = format(typed);

        assertThat(line).endsWith(System.lineSeparator());
        assertThat(line.strip()).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u2028");
        assertThat(line).contains("Anna\\r\\n2026-11-22T10:00:00Z").contains("\\u2028\\u0007");
    }

    @Test
    void an_ordinary_message_is_written_unchanged() {
        assertThat(format("Loaded the demo clinic\twith 4 logins")).contains("Loaded the demo clinic\twith 4 logins");
    }

    @Test
    void nothing_logs_below_info_by_default_so_no_sql_parameters_or_request_details_are_written() {
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        for (String chatty : List.of(
                "org.springframework.jdbc.core.JdbcTemplate",
                "org.springframework.jdbc.core.StatementCreatorUtils",
                "org.springframework.web",
                "org.springframework.security",
                "com.vaadin",
                "org.postgresql")) {
            assertThat(context.getLogger(chatty).isDebugEnabled()).as(chatty).isFalse();
        }
    }

    @Test
    void application_yml_turns_on_no_debug_or_trace_logging() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();

        assertThat(properties).isNotNull();
        assertThat(properties.getProperty("debug", "false")).isEqualTo("false");
        assertThat(properties.getProperty("trace", "false")).isEqualTo("false");
        properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("logging.level."))
                .forEach(name -> assertThat(properties.getProperty(name))
                        .as(name)
                        .isNotIn("debug", "DEBUG", "trace", "TRACE", "all", "ALL"));
    }

    private String format(String message) {
        return log.formatInfo("app.floorplan.ui.security.LoginAudit", message);
    }
}
