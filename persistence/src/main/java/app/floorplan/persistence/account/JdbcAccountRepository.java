package app.floorplan.persistence.account;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.PasswordHash;
import app.floorplan.core.account.Username;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccountRepository implements AccountRepository {

    private static final String COLUMNS =
            "id, clinic_id, username, display_name, role, password_hash, enabled, patient_id, version";

    private final JdbcClient jdbc;

    JdbcAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return jdbc.sql("select " + COLUMNS + " from account where username = ?")
                .param(username.value())
                .query(JdbcAccountRepository::map)
                .optional();
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ?")
                .param(id.value())
                .query(JdbcAccountRepository::map)
                .optional();
    }

    @Override
    public List<Account> listByClinic(ClinicId clinicId) {
        return jdbc.sql("select " + COLUMNS + " from account where clinic_id = ? order by role, display_name")
                .param(clinicId.value())
                .query(JdbcAccountRepository::map)
                .list();
    }

    @Override
    public void add(Account a) {
        jdbc.sql("""
                        insert into account (id, clinic_id, username, display_name, role, password_hash, enabled,
                                             patient_id, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(
                        a.id().value(),
                        a.clinicId().value(),
                        a.username().value(),
                        a.displayName(),
                        a.role().name(),
                        a.passwordHash().value(),
                        a.enabled(),
                        a.patientId().map(PatientId::value).orElse(null))
                .update();
    }

    @Override
    public void setEnabled(AccountId id, boolean enabled) {
        jdbc.sql("update account set enabled = ?, version = version + 1 where id = ?")
                .params(enabled, id.value())
                .update();
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        UUID patient = rs.getObject("patient_id", UUID.class);
        return new Account(
                new AccountId(rs.getObject("id", UUID.class)),
                new ClinicId(rs.getObject("clinic_id", UUID.class)),
                new Username(rs.getString("username")),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                new PasswordHash(rs.getString("password_hash")),
                rs.getBoolean("enabled"),
                Optional.ofNullable(patient).map(PatientId::new),
                rs.getLong("version"));
    }
}
