package app.floorplan.persistence.testing;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows the persistence tests stand on, written with plain SQL so a test of one repository does not lean on another. */
public final class Fixtures {

    private final JdbcClient jdbc;

    public Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ClinicId clinic() {
        ClinicId id = ClinicId.random();
        jdbc.sql("insert into clinic (id, name) values (?, ?)")
                .params(id.value(), "Clinic " + UUID.randomUUID())
                .update();
        return id;
    }

    public AccountId pt(ClinicId clinic, String displayName) {
        AccountId id = AccountId.random();
        jdbc.sql(
                        "insert into account (id, clinic_id, username, display_name, role, password_hash) values (?, ?, ?, ?, 'PT', '{noop-test}x')")
                .params(id.value(), clinic.value(), "pt-" + UUID.randomUUID(), displayName)
                .update();
        return id;
    }

    public PatientId patient(ClinicId clinic, String given, String family, LocalDate born, String phone) {
        PatientId id = PatientId.random();
        jdbc.sql(
                        "insert into patient (id, clinic_id, given_name, family_name, date_of_birth, phone, preferred_language) values (?, ?, ?, ?, ?, ?, 'English')")
                .params(id.value(), clinic.value(), given, family, born, phone)
                .update();
        return id;
    }
}
