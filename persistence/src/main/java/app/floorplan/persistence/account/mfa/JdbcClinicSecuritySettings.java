package app.floorplan.persistence.account.mfa;

import app.floorplan.core.account.mfa.ClinicSecuritySettings;
import app.floorplan.core.identity.ClinicId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcClinicSecuritySettings implements ClinicSecuritySettings {

    private final JdbcClient jdbc;

    JdbcClinicSecuritySettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean mfaRequiredForStaff(ClinicId clinic) {
        return jdbc.sql("select mfa_required_for_staff from clinic where id = ?")
                .param(clinic.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    @Override
    public void requireMfaForStaff(ClinicId clinic, boolean required) {
        jdbc.sql("update clinic set mfa_required_for_staff = ? where id = ?")
                .params(required, clinic.value())
                .update();
    }
}
