package app.floorplan.persistence.practice;

import app.floorplan.core.practice.PracticeLogRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The package-private practice log repository for tests of other persistence packages. */
public final class PracticeLogAccess {

    private PracticeLogAccess() {}

    public static PracticeLogRepository repository(JdbcClient jdbc) {
        return new JdbcPracticeLogRepository(jdbc);
    }
}
