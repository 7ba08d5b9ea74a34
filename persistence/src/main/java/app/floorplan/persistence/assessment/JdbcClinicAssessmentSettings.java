package app.floorplan.persistence.assessment;

import app.floorplan.core.assessment.ClinicAssessmentSettings;
import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.identity.ClinicId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The clinic's assessment settings, kept on its row in {@code clinic}. */
@Repository
class JdbcClinicAssessmentSettings implements ClinicAssessmentSettings {

    private final JdbcClient jdbc;

    JdbcClinicAssessmentSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DiastasisThresholds diastasisThresholds(ClinicId clinic) {
        return jdbc.sql("select diastasis_thresholds from clinic where id = ?")
                .param(clinic.value())
                .query(String.class)
                .optional()
                .map(DiastasisThresholds::valueOf)
                .orElse(DiastasisThresholds.DEFAULT);
    }

    @Override
    public boolean changeDiastasisThresholds(ClinicId clinic, DiastasisThresholds shown, DiastasisThresholds chosen) {
        // compare and set in one statement: a second admin who saw the old value changes nothing
        return jdbc.sql("update clinic set diastasis_thresholds = ? where id = ? and diastasis_thresholds = ?")
                        .params(chosen.name(), clinic.value(), shown.name())
                        .update()
                == 1;
    }
}
