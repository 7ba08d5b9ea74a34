package app.floorplan.persistence.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.progress.AlertAcknowledgement;
import app.floorplan.core.progress.AlertKey;
import app.floorplan.core.progress.AlertSubject;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.TestPostgres;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Acknowledgements stored per alert kind before V14_1 still count once alerts are one per logged day: a day with any
 * acknowledged alert is acknowledged by the first of them, and a silence stays acknowledged.
 */
class AlertAcknowledgementMigrationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 19);

    @Test
    void a_day_with_any_acknowledged_alert_counts_as_acknowledged_by_the_first_and_a_silence_stays_acknowledged() {
        var server = TestPostgres.connection();
        String name = "alerts_upgrade_"
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
            migrate(old, Optional.of("14"));
            JdbcClient jdbc = JdbcClient.create(old);
            var fixtures = new Fixtures(jdbc);
            var clinic = fixtures.clinic();
            AccountId pia = fixtures.pt(clinic, "Pia");
            PatientId anna = fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 3, 14), "+46 70 000 00 00");
            oldAck(jdbc, anna, "PAIN_RISE", DAY, null, pia, "2026-11-20T09:00:00Z", "later");
            oldAck(jdbc, anna, "HIGH_PAIN", DAY, null, pia, "2026-11-20T08:00:00Z", "Called her");
            oldAck(jdbc, anna, "EXERCISE_SYMPTOM", DAY, UUID.randomUUID(), pia, "2026-11-20T10:00:00Z", null);
            oldAck(jdbc, anna, "NO_RECENT_LOG", DAY.minusDays(40), null, pia, "2026-10-20T08:00:00Z", null);

            migrate(old, Optional.empty());

            var acknowledged = new JdbcAlertAcknowledgementRepository(jdbc).forPatients(List.of(anna), DAY);
            var day = AlertKey.loggedDay(anna, DAY);
            var silence = new AlertKey(anna, AlertSubject.NO_RECENT_LOG, DAY.minusDays(40));
            assertThat(acknowledged).containsOnlyKeys(day, silence);
            assertThat(acknowledged.get(day))
                    .extracting(AlertAcknowledgement::at, AlertAcknowledgement::note)
                    .containsExactly(Instant.parse("2026-11-20T08:00:00Z"), Optional.of("Called her"));
            assertThat(jdbc.sql("select count(*) from practice_alert_ack")
                            .query(Integer.class)
                            .single())
                    .as("the old rows are kept as history")
                    .isEqualTo(4);
        } finally {
            JdbcClient.create(TestPostgres.dataSource())
                    .sql("drop database if exists " + name + " with (force)")
                    .update();
        }
    }

    private static void migrate(SimpleDriverDataSource dataSource, Optional<String> target) {
        var config = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        target.ifPresent(version -> config.target(MigrationVersion.fromVersion(version)));
        config.load().migrate();
    }

    private static void oldAck(
            JdbcClient jdbc,
            PatientId patient,
            String kind,
            LocalDate day,
            UUID exercise,
            AccountId by,
            String at,
            String note) {
        jdbc.sql("insert into practice_alert_ack (patient_id, kind, alert_day, exercise_id, acknowledged_by,"
                        + " acknowledged_at, note) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        patient.value(),
                        kind,
                        Date.valueOf(day),
                        exercise,
                        by.value(),
                        Timestamp.from(Instant.parse(at)),
                        note)
                .update();
    }
}
