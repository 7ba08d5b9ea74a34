package app.floorplan.persistence.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class JdbcClinicAssessmentSettingsTest {

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcClinicAssessmentSettings settings = new JdbcClinicAssessmentSettings(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);

    @Test
    void a_new_clinic_judges_by_qu_2021_and_keeps_the_limits_its_admin_chooses() {
        ClinicId clinic = fixtures.clinic();
        ClinicId other = fixtures.clinic();

        assertThat(settings.diastasisThresholds(clinic)).isEqualTo(DiastasisThresholds.QU_2021);

        assertThat(settings.changeDiastasisThresholds(
                        clinic, DiastasisThresholds.QU_2021, DiastasisThresholds.BEER_2009))
                .isTrue();

        assertThat(settings.diastasisThresholds(clinic)).isEqualTo(DiastasisThresholds.BEER_2009);
        assertThat(settings.diastasisThresholds(other)).isEqualTo(DiastasisThresholds.QU_2021);
        assertThat(jdbc.sql("select diastasis_thresholds from clinic where id = ?")
                        .param(clinic.value())
                        .query(String.class)
                        .single())
                .isEqualTo("BEER_2009");
    }

    @Test
    void a_change_from_a_value_no_longer_stored_writes_nothing() {
        ClinicId clinic = fixtures.clinic();
        settings.changeDiastasisThresholds(clinic, DiastasisThresholds.QU_2021, DiastasisThresholds.BEER_2009);

        assertThat(settings.changeDiastasisThresholds(clinic, DiastasisThresholds.QU_2021, DiastasisThresholds.QU_2021))
                .isFalse();
        assertThat(settings.diastasisThresholds(clinic)).isEqualTo(DiastasisThresholds.BEER_2009);
    }

    @Test
    void the_database_refuses_a_source_core_does_not_know() {
        ClinicId clinic = fixtures.clinic();

        assertThatThrownBy(() -> jdbc.sql("update clinic set diastasis_thresholds = 'QU_2022' where id = ?")
                        .param(clinic.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("clinic_diastasis_thresholds");
    }

    @Test
    void an_unknown_clinic_reads_as_the_default() {
        assertThat(settings.diastasisThresholds(ClinicId.random())).isEqualTo(DiastasisThresholds.DEFAULT);
    }
}
