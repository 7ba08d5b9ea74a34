package app.floorplan.persistence.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.BelowUmbilicusOffset;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.OxfordGrade;
import app.floorplan.core.assessment.PelvicCompressionEffect;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.assessment.Perfect;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.TestPostgres;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Assessments recorded before V15.1 and V15.2 read the same afterwards: their readings below the umbilicus were taken
 * 2 cm below, a complete internal exam stays complete, and the clinic judges by the default limits.
 */
class AssessmentUpgradeMigrationTest {

    @Test
    void an_assessment_recorded_before_the_migrations_reads_as_it_was_recorded() {
        var server = TestPostgres.connection();
        String name = "assessment_upgrade_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        JdbcClient.create(TestPostgres.dataSource())
                .sql("create database " + name)
                .update();
        try {
            var old = new SimpleDriverDataSource(
                    new Driver(),
                    server.url().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"),
                    server.user(),
                    server.password());
            migrate(old, MigrationVersion.fromVersion("13"));
            JdbcClient jdbc = JdbcClient.create(old);
            var fixtures = new Fixtures(jdbc);
            ClinicId clinic = fixtures.clinic();
            AccountId pt = fixtures.pt(clinic, "Pia Therapist");
            PatientId anna = fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 11, 1), null);
            UUID assessment = UUID.randomUUID();
            jdbc.sql("""
                            insert into assessment_version (assessment_id, revision, patient_id, therapist_id,
                                                            visit_date, author_id, recorded_at)
                            values (?, 1, ?, ?, date '2026-10-01', ?, now())""")
                    .params(assessment, anna.value(), pt.value(), pt.value())
                    .update();
            jdbc.sql("""
                            insert into assessment_deep_core (assessment_id, revision, tva, aslr_left, aslr_right,
                                                              aslr_pelvic_compression)
                            values (?, 1, 'WEAK', 2, 1, 'SAME')""").param(assessment).update();
            jdbc.sql("""
                            insert into assessment_pelvic_floor (assessment_id, revision, internal_exam_consent, oxford,
                                endurance_seconds, repetitions, fast_contractions, elevation, co_contraction, timing,
                                tone, relaxation)
                            values (?, 1, true, 3, 6, 5, 8, true, false, true, 'HIGH', 'INCOMPLETE')""").param(assessment).update();
            jdbc.sql("""
                            insert into assessment_diastasis (assessment_id, revision, above_umbilicus_offset)
                            values (?, 1, 'THREE_CM')""").param(assessment).update();
            jdbc.sql("""
                            insert into assessment_ird_reading (assessment_id, revision, site, condition, method, unit,
                                                                amount)
                            values (?, 1, 'BELOW_UMBILICUS', 'REST', 'CALIPER', 'MILLIMETRES', 17.5)""").param(assessment).update();

            migrate(old, MigrationVersion.LATEST);

            var stored = new JdbcAssessmentRepository(jdbc)
                    .current(new AssessmentId(assessment))
                    .orElseThrow()
                    .sections();
            DiastasisSection diastasis = stored.diastasis().values().orElseThrow();
            assertThat(diastasis.belowUmbilicusOffset()).isEqualTo(BelowUmbilicusOffset.TWO_CM);
            assertThat(diastasis.readings()).singleElement().satisfies(reading -> assertThat(reading.site())
                    .isEqualTo(IrdSite.BELOW_UMBILICUS));
            assertThat(stored.pelvicFloor().values().flatMap(PelvicFloorSection::internalExam))
                    .contains(InternalExam.of(
                            Perfect.of(3, 6, 5, 8, true, false, true),
                            PelvicFloorTone.HIGH,
                            PelvicFloorRelaxation.INCOMPLETE));
            assertThat(stored.pelvicFloor()
                            .values()
                            .flatMap(PelvicFloorSection::internalExam)
                            .flatMap(InternalExam::oxford))
                    .contains(OxfordGrade.of(3));
            assertThat(stored.deepCore()
                            .values()
                            .orElseThrow()
                            .aslr()
                            .orElseThrow()
                            .withPelvicCompression())
                    .contains(PelvicCompressionEffect.SAME);
            assertThat(new JdbcClinicAssessmentSettings(jdbc).diastasisThresholds(clinic))
                    .isEqualTo(DiastasisThresholds.QU_2021);
        } finally {
            JdbcClient.create(TestPostgres.dataSource())
                    .sql("drop database if exists " + name + " with (force)")
                    .update();
        }
    }

    private static void migrate(SimpleDriverDataSource dataSource, MigrationVersion target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }
}
