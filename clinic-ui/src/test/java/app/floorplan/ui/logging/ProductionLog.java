package app.floorplan.ui.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.charset.StandardCharsets;

/** The production logging configuration (logback-spring.xml), loaded as the application loads it, to format events. */
public final class ProductionLog {

    private final LoggerContext context = new LoggerContext();

    public ProductionLog() {
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(ProductionLog.class.getResource("/logback-spring.xml"));
        } catch (JoranException e) {
            throw new IllegalStateException("logback-spring.xml does not load", e);
        }
    }

    public LoggerContext context() {
        return context;
    }

    /** The console output for one event, exactly as the application writes it. */
    public String format(ILoggingEvent event) {
        ConsoleAppender<?> console =
                (ConsoleAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        PatternLayoutEncoder encoder = (PatternLayoutEncoder) console.getEncoder();
        return new String(encoder.encode(event), StandardCharsets.UTF_8);
    }

    /** The console output for an INFO message logged as {@code log.info("{}", message)}. */
    public String formatInfo(String loggerName, String message) {
        Logger logger = context.getLogger(loggerName);
        return format(new LoggingEvent(Logger.class.getName(), logger, Level.INFO, "{}", null, new Object[] {message}));
    }
}
