package app.floorplan.persistence.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.questionnaire.Assignment;
import app.floorplan.core.questionnaire.AssignmentId;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.Occurrence;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.ResponseDraft;
import app.floorplan.core.questionnaire.ResponseId;
import app.floorplan.core.questionnaire.ResponseSource;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.StatementCounter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Assignments, responses item by item and version by version, drafts and the self-harm query on PostgreSQL 17. */
class JdbcQuestionnaireRepositoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcAssignmentRepository assignments = new JdbcAssignmentRepository(jdbc);
    private final JdbcResponseRepository responses = new JdbcResponseRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private ClinicId clinic;
    private AccountId pia;
    private PatientId anna;

    @BeforeEach
    void aPatientOfAClinic() {
        clinic = fixtures.clinic();
        pia = fixtures.pt(clinic, "Pia");
        anna = fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 3, 14), "+46 70 111 22 33");
    }

    private Assignment assignPfdi(Optional<Integer> repeat) {
        var assignment =
                Assignment.assign(AssignmentId.random(), anna, Instrument.PFDI_20, TODAY, repeat, pia, NOW, TODAY);
        assignments.add(assignment);
        return assignment;
    }

    private static QuestionnaireAnswers pfdi(int every) {
        var items = new HashMap<Integer, Integer>();
        for (int item = 1; item <= 20; item++) {
            items.put(item, every);
        }
        return QuestionnaireAnswers.ofInts(Instrument.PFDI_20, items);
    }

    private QuestionnaireResponse first(Optional<Occurrence> occurrence, QuestionnaireAnswers answers, LocalDate on) {
        return QuestionnaireResponse.first(
                occurrence.map(Occurrence::responseId).orElseGet(ResponseId::random),
                anna,
                occurrence,
                on,
                occurrence.isPresent() ? ResponseSource.PATIENT : ResponseSource.PAPER,
                answers,
                pia,
                NOW,
                TODAY);
    }

    @Test
    void a_response_reads_back_item_by_item_with_its_occurrence() {
        var assignment = assignPfdi(Optional.empty());
        var due = assignment.latestDue(TODAY).orElseThrow();
        var response = first(Optional.of(due), pfdi(2), TODAY);

        assertThat(responses.submit(response)).isTrue();

        assertThat(responses.current(response.id())).contains(response);
        assertThat(responses.forOccurrence(due)).contains(response);
        assertThat(responses.answered(List.of(assignment.id()))).containsEntry(due, TODAY);
        assertThat(responses.currentFor(anna)).containsExactly(response);
    }

    @Test
    void psfs_activities_keep_her_words_and_entered_totals_their_decimal() {
        var psfs = first(
                Optional.empty(),
                new QuestionnaireAnswers(
                        Instrument.PSFS,
                        new TreeMap<>(Map.of(1, BigDecimal.valueOf(4), 2, BigDecimal.valueOf(7))),
                        Map.of(1, "Lifting the car seat", 2, "Feeding <b>sitting</b> up")),
                TODAY);
        var odi = first(Optional.empty(), QuestionnaireAnswers.total(Instrument.ODI, new BigDecimal("35.6")), TODAY);
        responses.submit(psfs);
        responses.submit(odi);

        assertThat(responses.current(psfs.id()).orElseThrow().answers().name(2)).contains("Feeding <b>sitting</b> up");
        assertThat(responses.current(odi.id()).orElseThrow().score().total()).isEqualByComparingTo("35.6");
    }

    @Test
    void the_draft_is_saved_with_every_tap_and_dropped_when_sent() {
        var due = assignPfdi(Optional.empty()).latestDue(TODAY).orElseThrow();
        var draft = new ResponseDraft(
                due.responseId(), anna, due, QuestionnaireAnswers.ofInts(Instrument.PFDI_20, Map.of(1, 3)), NOW);
        responses.saveDraft(draft);
        responses.saveDraft(new ResponseDraft(
                due.responseId(),
                anna,
                due,
                QuestionnaireAnswers.ofInts(Instrument.PFDI_20, Map.of(1, 2, 2, 0)),
                NOW.plusSeconds(5)));

        assertThat(responses.draft(due)).hasValueSatisfying(saved -> {
            assertThat(saved.answers().scores()).containsOnlyKeys(1, 2);
            assertThat(saved.answers().score(1))
                    .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
            assertThat(saved.savedAt()).isEqualTo(NOW.plusSeconds(5));
        });

        responses.submit(first(Optional.of(due), pfdi(1), TODAY));

        assertThat(responses.draft(due)).isEmpty();
        assertThat(jdbc.sql("select count(*) from questionnaire_draft_answer")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void twenty_identical_submissions_at_once_leave_one_response() throws Exception {
        var due = assignPfdi(Optional.empty()).latestDue(TODAY).orElseThrow();
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(MigratedDatabase.dataSource()));
        int threads = 20;
        var barrier = new CyclicBarrier(threads);
        var pool = Executors.newFixedThreadPool(threads);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                barrier.await(10, TimeUnit.SECONDS);
                return transactions.execute(status -> responses.submit(first(Optional.of(due), pfdi(2), TODAY)));
            }));
        }
        int stored = 0;
        for (var result : results) {
            stored += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(stored).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from questionnaire_response_version where response_id = ?")
                        .param(due.responseId().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_correction_keeps_the_old_version_marked_replaced_and_a_second_one_on_it_is_refused() {
        var response = first(
                Optional.empty(), QuestionnaireAnswers.total(Instrument.ICIQ_UI_SF, BigDecimal.valueOf(12)), TODAY);
        responses.submit(response);
        var correction = response.correct(
                TODAY,
                QuestionnaireAnswers.total(Instrument.ICIQ_UI_SF, BigDecimal.TEN),
                pia,
                NOW.plusSeconds(60),
                "Added up wrongly",
                TODAY);

        assertThat(responses.correct(correction)).isTrue();
        assertThat(responses.correct(correction)).isFalse();

        assertThat(responses.versions(response.id()))
                .extracting(version -> version.revision().replaced(), version -> version.score()
                        .totalLabel())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(true, "12"),
                        org.assertj.core.groups.Tuple.tuple(false, "10"));
        assertThat(responses.current(response.id()).orElseThrow().revision().reason())
                .contains("Added up wrongly");
    }

    @Test
    void the_self_harm_query_finds_current_epds_answers_with_item_10_above_0_of_the_clinic_only() {
        var items = new HashMap<Integer, Integer>();
        for (int item = 1; item <= 10; item++) {
            items.put(item, 1);
        }
        var positive = first(Optional.empty(), QuestionnaireAnswers.ofInts(Instrument.EPDS, items), TODAY);
        items.put(10, 0);
        var negative = first(Optional.empty(), QuestionnaireAnswers.ofInts(Instrument.EPDS, items), TODAY);
        var old = first(Optional.empty(), positive.answers(), TODAY.minusDays(40));
        responses.submit(positive);
        responses.submit(negative);
        responses.submit(old);

        assertThat(responses.selfHarmAnswers(clinic, TODAY.minusDays(28)))
                .singleElement()
                .satisfies(flag -> {
                    assertThat(flag.response()).isEqualTo(positive.id());
                    assertThat(flag.itemScore()).isEqualTo(1);
                });
        assertThat(responses.selfHarmAnswers(fixtures.clinic(), TODAY.minusDays(28)))
                .isEmpty();
        var corrected = positive.correct(TODAY, negative.answers(), pia, NOW.plusSeconds(60), "Item 10 misread", TODAY);
        responses.correct(corrected);
        assertThat(responses.selfHarmAnswers(clinic, TODAY.minusDays(28))).isEmpty();
    }

    @Test
    void reading_many_responses_costs_two_statements() {
        for (int i = 0; i < 6; i++) {
            responses.submit(first(Optional.empty(), pfdi(i % 5), TODAY.minusWeeks(i)));
        }
        var counter = new StatementCounter();
        var counted = new JdbcResponseRepository(JdbcClient.create(counter.wrap(MigratedDatabase.dataSource())));

        assertThat(counted.currentFor(anna)).hasSize(6);
        assertThat(counter.count()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} item {1} score {2} is refused by the database")
    @CsvSource({
        "PFDI_20, 1, 5", "PFDI_20, 21, 1", "PFIQ_7, 14, 1", "PFIQ_7, 11, 4", "PSFS, 1, 11", "PSFS, 6, 3",
        "EPDS, 10, 4", "ODI, 0, 100.5", "ICIQ_UI_SF, 0, 22", "ICIQ_UI_SF, 0, 3.5", "PGQ, 0, 101", "PGQ, 1, 50"
    })
    void the_database_checks_every_stored_score_s_range(String instrument, int item, String score) {
        java.util.UUID response = java.util.UUID.randomUUID();
        jdbc.sql("insert into questionnaire_response (id, patient_id, instrument, created_at) values (?, ?, ?, now())")
                .params(response, anna.value(), instrument)
                .update();
        jdbc.sql("insert into questionnaire_response_version (response_id, number, answered_on, source, recorded_by,"
                        + " recorded_at) values (?, 1, current_date, 'PAPER', ?, now())")
                .params(response, pia.value())
                .update();

        assertThatThrownBy(() -> jdbc.sql("insert into questionnaire_answer (response_id, number, instrument, item,"
                                + " score, name) values (?, 1, ?, ?, ?, ?)")
                        .params(
                                response,
                                instrument,
                                item,
                                new BigDecimal(score),
                                instrument.equals("PSFS") ? "x" : null)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("questionnaire_answer_in_range");
    }

    @Test
    void the_database_refuses_a_correction_without_a_reason_and_a_second_current_version() {
        var response = first(Optional.empty(), QuestionnaireAnswers.total(Instrument.PGQ, BigDecimal.TEN), TODAY);
        responses.submit(response);

        assertThatThrownBy(() -> jdbc.sql(
                                "insert into questionnaire_response_version (response_id, number, answered_on,"
                                        + " source, recorded_by, recorded_at) values (?, 2, current_date, 'PAPER', ?, now())")
                        .params(response.id().value(), pia.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(
                        () -> jdbc.sql("insert into questionnaire_response_version (response_id, number, answered_on,"
                                        + " source, recorded_by, recorded_at, reason) values (?, 2, current_date, 'PAPER', ?,"
                                        + " now(), 'x')")
                                .params(response.id().value(), pia.value())
                                .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("questionnaire_response_version_current");
    }

    @Test
    void an_assignment_of_the_epds_and_a_response_to_another_patient_s_assignment_are_refused() {
        var assignment = assignPfdi(Optional.empty());
        PatientId bea = fixtures.patient(clinic, "Bea", "Castillo", LocalDate.of(1990, 1, 1), "+46 70 111 22 44");

        assertThatThrownBy(() -> jdbc.sql("insert into questionnaire_assignment (id, patient_id, instrument, starts_on,"
                                + " assigned_by, assigned_at) values (gen_random_uuid(), ?, 'EPDS', current_date, ?,"
                                + " now())")
                        .params(anna.value(), pia.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "insert into questionnaire_response (id, patient_id, instrument, assignment_id,"
                                        + " due_on, created_at) values (gen_random_uuid(), ?, 'PFDI_20', ?, current_date, now())")
                        .params(bea.value(), assignment.id().value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
