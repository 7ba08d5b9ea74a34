package app.floorplan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class MigrationsTest {

    @Test
    void every_migration_applies_to_a_real_postgresql_17_and_leaves_nothing_pending() {
        var jdbc = MigratedDatabase.jdbc();
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(version).startsWith("17");
        var info = Flyway.configure()
                .dataSource(TestPostgres.dataSource())
                .locations("classpath:db/migration")
                .load()
                .info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).isNotEmpty();
    }

    @Test
    void the_database_refuses_a_patient_login_without_a_patient_record() {
        var jdbc = MigratedDatabase.jdbc();
        var clinic = new app.floorplan.persistence.testing.Fixtures(jdbc).clinic();
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into account (id, clinic_id, username, display_name, role, password_hash) values (gen_random_uuid(), ?, 'lonely-patient', 'X', 'PATIENT', '{x}y')")
                        .param(clinic.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("account_patient_link");
    }
}
