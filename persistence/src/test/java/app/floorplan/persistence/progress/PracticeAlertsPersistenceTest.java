package app.floorplan.persistence.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.progress.AlertAcknowledgement;
import app.floorplan.core.progress.AlertKey;
import app.floorplan.core.progress.AlertRules;
import app.floorplan.core.progress.AlertSubject;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.ResponseId;
import app.floorplan.core.questionnaire.ResponseSource;
import app.floorplan.persistence.program.ProgramFixtures;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.StatementCounter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class PracticeAlertsPersistenceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 19);
    private static final Instant PRESCRIBED = Instant.parse("2026-11-02T09:00:00Z");
    private static final ExerciseId HEEL_SLIDES = new ExerciseId(new UUID(9, 1));

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcAlertAcknowledgementRepository acknowledgements = new JdbcAlertAcknowledgementRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private ClinicId clinic;
    private AccountId pia;
    private PatientId anna;

    @BeforeEach
    void aClinicWithAPt() {
        clinic = fixtures.clinic();
        pia = fixtures.pt(clinic, "Pia");
        anna = patientWithProgram("Anna");
    }

    @Test
    void acknowledging_twice_keeps_the_first_acknowledgement() {
        var alert = AlertKey.loggedDay(anna, DAY);

        assertThat(acknowledgements.acknowledge(ack(alert, "Called her: slept badly")))
                .isTrue();
        assertThat(acknowledgements.acknowledge(ack(alert, "Second try"))).isFalse();

        assertThat(acknowledgements.forPatients(List.of(anna), DAY))
                .containsOnlyKeys(alert)
                .extractingByKey(alert)
                .extracting(AlertAcknowledgement::note)
                .isEqualTo(Optional.of("Called her: slept badly"));
    }

    @Test
    void another_day_or_a_silence_on_the_same_day_is_another_alert() {
        var day = AlertKey.loggedDay(anna, DAY);
        var nextDay = AlertKey.loggedDay(anna, DAY.plusDays(1));
        var silence = new AlertKey(anna, AlertSubject.NO_RECENT_LOG, DAY);

        assertThat(List.of(day, nextDay, silence)).allMatch(key -> acknowledgements.acknowledge(ack(key, "")));

        assertThat(acknowledgements.forPatients(List.of(anna), DAY)).containsOnlyKeys(day, nextDay, silence);
        assertThat(acknowledgements.forPatients(List.of(anna), DAY.plusDays(1))).containsOnlyKeys(nextDay, silence);
    }

    @Test
    void an_old_no_recent_log_acknowledgement_is_still_read() {
        var silence = new AlertKey(anna, AlertSubject.NO_RECENT_LOG, DAY.minusDays(90));
        acknowledgements.acknowledge(ack(silence, ""));

        assertThat(acknowledgements.forPatients(List.of(anna), DAY)).containsOnlyKeys(silence);
    }

    @Test
    void two_concurrent_acknowledgements_of_one_alert_leave_one_row() throws Exception {
        var alert = AlertKey.loggedDay(anna, DAY);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(MigratedDatabase.dataSource()));
        var barrier = new CyclicBarrier(2);
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String note = "PT " + i;
                results.add(pool.submit(() -> transactions.execute(status -> {
                    await(barrier);
                    return acknowledgements.acknowledge(ack(alert, note));
                })));
            }
            long stored = 0;
            for (var result : results) {
                stored += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from practice_alert_acknowledgement where patient_id = ?")
                        .param(anna.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_note_over_500_characters_and_an_unknown_subject() {
        assertThatThrownBy(() -> jdbc.sql("insert into practice_alert_acknowledgement (patient_id, subject, alert_day,"
                                + " acknowledged_by, acknowledged_at, note) values (?, 'LOGGED_DAY', ?, ?, now(), ?)")
                        .params(anna.value(), java.sql.Date.valueOf(DAY), pia.value(), "x".repeat(501))
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into practice_alert_acknowledgement (patient_id, subject, alert_day,"
                                + " acknowledged_by, acknowledged_at) values (?, 'HIGH_PAIN', ?, ?, now())")
                        .params(anna.value(), java.sql.Date.valueOf(DAY), pia.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void an_epds_paper_copy_with_item_10_above_0_gives_an_alert_without_a_program_acknowledged_once() {
        PatientId dora = fixtures.patient(clinic, "Dora", "Lind", LocalDate.of(1991, 5, 2), "+46 70 000 00 02");
        var items = new java.util.HashMap<Integer, Integer>();
        for (int item = 1; item <= 10; item++) {
            items.put(item, item == 10 ? 2 : 0);
        }
        var responses = app.floorplan.persistence.questionnaire.QuestionnaireAccess.responses(jdbc);
        responses.submit(QuestionnaireResponse.first(
                ResponseId.random(),
                dora,
                Optional.empty(),
                DAY,
                ResponseSource.PAPER,
                QuestionnaireAnswers.ofInts(Instrument.EPDS, items),
                pia,
                PRESCRIBED,
                DAY));

        var found = AlertRules.selfHarm(responses.selfHarmAnswers(clinic, DAY.minusDays(27)));

        var key = new AlertKey(dora, AlertSubject.SELF_HARM_ANSWER, DAY);
        assertThat(found).singleElement().satisfies(alert -> {
            assertThat(alert.key()).isEqualTo(key);
            assertThat(alert.urgent()).isTrue();
        });
        assertThat(acknowledgements.acknowledge(ack(key, "Called her, GP today")))
                .isTrue();
        assertThat(acknowledgements.acknowledge(ack(key, "again"))).isFalse();
        assertThat(acknowledgements.forPatients(List.of(dora), DAY.minusDays(27)))
                .containsOnlyKeys(key)
                .extractingByKey(key)
                .extracting(AlertAcknowledgement::note)
                .isEqualTo(Optional.of("Called her, GP today"));
        assertThat(acknowledgements.forPatients(List.of(dora), DAY.plusDays(60)))
                .as("read whatever its age: an old answer stays listed until acknowledged")
                .containsOnlyKeys(key);
    }

    @Test
    void the_roster_gives_start_first_ratings_intake_gap_and_last_day_of_programs_in_the_clinic_only() {
        var log = practiceLog();
        for (int i = 0; i < 5; i++) {
            log.save(day(anna, DAY.minusDays(5 - i), OptionalInt.of(6 - i)));
        }
        patientWithProgram("Other");
        var otherClinic = fixtures.clinic();
        fixtures.patient(otherClinic, "Zoe", "Elsewhere", LocalDate.of(1990, 1, 1), "+46 70 000 00 01");
        fixtures.patient(clinic, "Nora", "NoProgram", LocalDate.of(1990, 1, 1), "+46 70 000 00 01");

        var roster = new JdbcPracticeRoster(jdbc).activePrograms(clinic);

        assertThat(roster).extracting(entry -> entry.name()).containsExactly("Anna Berg", "Other Berg");
        var annaEntry = roster.getFirst();
        assertThat(annaEntry.programStarted()).isEqualTo(PRESCRIBED);
        assertThat(annaEntry.firstPainRatings()).containsExactly(6, 5, 4);
        assertThat(annaEntry.lastLogged()).contains(DAY.minusDays(1));
        assertThat(annaEntry.assignedPt()).contains(pia);
        assertThat(annaEntry.intakePainNow()).isEmpty();
        assertThat(roster.get(1).lastLogged()).isEmpty();
    }

    @Test
    void the_alert_reads_for_fifty_patients_cost_four_statements() {
        var log = practiceLog();
        var patients = new ArrayList<PatientId>(List.of(anna));
        for (int i = 0; i < 49; i++) {
            patients.add(patientWithProgram("P" + i));
        }
        for (var patient : patients) {
            log.save(day(patient, DAY, OptionalInt.of(8)));
            acknowledgements.acknowledge(ack(AlertKey.loggedDay(patient, DAY), "seen"));
        }
        var counter = new StatementCounter();
        var counted = JdbcClient.create(counter.wrap(MigratedDatabase.dataSource()));

        var roster = new JdbcPracticeRoster(counted).activePrograms(clinic);
        var days = practiceLog(counted)
                .between(roster.stream().map(entry -> entry.patient()).toList(), DAY.minusDays(27), DAY);
        var acks = new JdbcAlertAcknowledgementRepository(counted).forPatients(patients, DAY.minusDays(27));

        assertThat(roster).hasSize(50);
        assertThat(days).hasSize(50);
        assertThat(acks).hasSize(50);
        assertThat(counter.count())
                .as("roster 1, days 2 (days and exercises), acknowledgements 1")
                .isEqualTo(4);
    }

    private PatientId patientWithProgram(String given) {
        PatientId patient = fixtures.patient(clinic, given, "Berg", LocalDate.of(1992, 3, 14), "+46 70 000 00 00");
        jdbc.sql("update patient set assigned_pt_id = ? where id = ?")
                .params(pia.value(), patient.value())
                .update();
        var content = new ProgramContent(
                ProgramPhase.STABILITY,
                List.of(),
                List.of(new ProgramItem(0, HEEL_SLIDES, Dosage.builder().reps(5).build(), Optional.empty())),
                Set.of(),
                Optional.empty());
        new ProgramFixtures(jdbc)
                .add(HomeProgram.start(HomeProgramId.random(), patient, content, pia, PRESCRIBED)
                        .current());
        return patient;
    }

    private PracticeDay day(PatientId patient, LocalDate date, OptionalInt pain) {
        var program = jdbc.sql("select id from home_program where patient_id = ?")
                .param(patient.value())
                .query(UUID.class)
                .single();
        return new PracticeDay(
                patient,
                date,
                new HomeProgramId(program),
                1,
                Completion.DONE,
                pain,
                OptionalInt.empty(),
                SymptomReport.NONE,
                List.of(),
                PRESCRIBED,
                1);
    }

    private AlertAcknowledgement ack(AlertKey alert, String note) {
        return new AlertAcknowledgement(alert, pia, Instant.parse("2026-11-20T08:00:00Z"), Optional.of(note));
    }

    private app.floorplan.core.practice.PracticeLogRepository practiceLog() {
        return practiceLog(jdbc);
    }

    private static app.floorplan.core.practice.PracticeLogRepository practiceLog(JdbcClient client) {
        return app.floorplan.persistence.practice.PracticeLogAccess.repository(client);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
