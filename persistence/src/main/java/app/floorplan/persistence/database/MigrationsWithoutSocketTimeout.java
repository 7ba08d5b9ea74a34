package app.floorplan.persistence.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Flyway's migrations run without the socket timeout the application's pool sets (application.yml,
 * {@code FLOORPLAN_DB_SOCKET_TIMEOUT}). That timeout is sized for the interactive statements, which take milliseconds,
 * so that a database gone silent is reported within seconds; a migration that builds an index over a large clinic's
 * tables at start-up may take minutes and must not be cut off. Hikari puts the pool's timeout back when Flyway returns
 * the connection.
 */
@Component
class MigrationsWithoutSocketTimeout implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.dataSource(new WithoutSocketTimeout(configuration.getDataSource()));
    }

    private static final class WithoutSocketTimeout extends DelegatingDataSource {

        WithoutSocketTimeout(DataSource pooled) {
            super(pooled);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            connection.setNetworkTimeout(Runnable::run, 0);
            return connection;
        }
    }
}
