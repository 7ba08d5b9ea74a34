package app.floorplan.persistence.testing;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The test PostgreSQL with every Flyway migration applied, as the application would run it. */
public final class MigratedDatabase {

    private static boolean migrated;

    private MigratedDatabase() {}

    public static synchronized DataSource dataSource() {
        DataSource dataSource = TestPostgres.dataSource();
        if (!migrated) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            migrated = true;
        }
        return dataSource;
    }

    public static JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }
}
