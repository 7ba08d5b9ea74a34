package app.floorplan.persistence.assessment;

import static app.floorplan.persistence.testing.LockWaits.awaitQuietly;
import static app.floorplan.persistence.testing.LockWaits.awaitSomeoneWaitingForALock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.assessment.AboveUmbilicusOffset;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.AssessmentRepositoryContract;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.BelowUmbilicusOffset;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdMethod;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.Section;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.ReferralRecipient;
import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.StatementCounter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcAssessmentRepositoryTest extends AssessmentRepositoryContract {

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private final ClinicId clinic = fixtures.clinic();

    @Override
    protected AssessmentRepository repository() {
        return assessments;
    }

    @Override
    protected PatientId newPatient() {
        return fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 11, 1), null);
    }

    @Override
    protected AccountId newPt() {
        return fixtures.pt(clinic, "Pia Therapist");
    }

    @Test
    void a_skipped_section_stays_not_assessed_and_has_no_row() {
        Assessment recorded = assessment(
                TODAY, AssessmentSections.builder().breathing(breathing(0)).build());

        assessments.add(recorded);

        var sections = assessments.current(recorded.id()).orElseThrow().sections();
        assertThat(sections.breathing().isAssessed()).isTrue();
        assertThat(List.of(
                        sections.painAtVisit(),
                        sections.deepCore(),
                        sections.pelvicFloor(),
                        sections.diastasis(),
                        sections.mobility(),
                        sections.caesareanScar()))
                .allMatch(JdbcAssessmentRepositoryTest::notAssessed);
        assertThat(jdbc.sql("select count(*) from assessment_diastasis where assessment_id = ?")
                        .param(recorded.id().value())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void of_two_concurrent_corrections_the_one_waiting_for_the_lock_finds_the_version_replaced() throws Exception {
        Assessment first = assessment(TODAY, diastasisAtUmbilicus("28"));
        assessments.add(first);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(MigratedDatabase.dataSource()));
        var firstHoldsTheLock = new CountDownLatch(1);
        var commitFirst = new CountDownLatch(1);

        try (var threads = Executors.newFixedThreadPool(2)) {
            var pias = threads.submit(() -> transactions.execute(tx -> {
                boolean corrected = assessments.correct(correction(first, diastasisAtUmbilicus("18"), "Pia"));
                firstHoldsTheLock.countDown();
                awaitQuietly(commitFirst);
                return corrected;
            }));
            assertThat(firstHoldsTheLock.await(10, TimeUnit.SECONDS)).isTrue();
            var pauls = threads.submit(() -> transactions.execute(
                    tx -> assessments.correct(correction(first, diastasisAtUmbilicus("21"), "Paul"))));
            awaitSomeoneWaitingForALock(jdbc, "the second correction");
            commitFirst.countDown();

            assertThat(pias.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(pauls.get(10, TimeUnit.SECONDS)).isFalse();
        }
        assertThat(assessments.versions(first.id()))
                .extracting(a -> a.revision().reason().orElse(""))
                .containsExactly("", "Pia");
    }

    @Test
    void the_patient_row_keeps_the_latest_visit_date_also_when_a_correction_moves_it_back() {
        assertThat(lastAssessmentDate()).isEmpty();
        Assessment earlier = assessment(TODAY.minusWeeks(6), diastasisAtUmbilicus("28"));
        Assessment later = assessment(TODAY, diastasisAtUmbilicus("19"));

        assessments.add(earlier);
        assertThat(lastAssessmentDate()).contains(TODAY.minusWeeks(6));
        assessments.add(later);
        assertThat(lastAssessmentDate()).contains(TODAY);

        var wrongDay = later.correct(
                TODAY.minusWeeks(7),
                later.sections(),
                false,
                TODAY,
                paul,
                RECORDED_AT.plusSeconds(60),
                "Dated on the wrong day");
        assessments.correct(wrongDay);
        assertThat(lastAssessmentDate()).contains(TODAY.minusWeeks(6));
        assertThat(assessments.currentFor(anna))
                .extracting(Assessment::date)
                .containsExactly(TODAY.minusWeeks(6), TODAY.minusWeeks(7));
    }

    @Test
    void the_database_refuses_out_of_range_values_written_around_core() {
        Assessment recorded = assessment(TODAY, diastasisAtUmbilicus("28"));
        assessments.add(recorded);
        UUID id = recorded.id().value();

        assertThatThrownBy(() -> insertReading(id, "BELOW_UMBILICUS", "ULTRASOUND", "MILLIMETRES", "200"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("assessment_ird_reading_amount");
        assertThatThrownBy(() -> insertReading(id, "BELOW_UMBILICUS", "PALPATION", "FINGER_WIDTHS", "2.3"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("assessment_ird_reading_amount");
        assertThatThrownBy(() -> insertReading(id, "BELOW_UMBILICUS", "PALPATION", "MILLIMETRES", "20"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("assessment_ird_reading_method_unit");
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into assessment_pelvic_floor (assessment_id, revision, internal_exam_consent,
                                    oxford, endurance_seconds, repetitions, fast_contractions, elevation,
                                    co_contraction, timing, tone, relaxation)
                                values (?, 1, true, 6, 5, 5, 5, true, true, true, 'NORMAL', 'COMPLETE')""").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("oxford");
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into assessment_pelvic_floor (assessment_id, revision, internal_exam_consent,
                                    tone)
                                values (?, 1, false, 'HIGH')""").param(id).update())
                .as("a single exam item without consent")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("assessment_pelvic_floor_exam_consent");
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into assessment_pelvic_floor (assessment_id, revision, internal_exam_consent,
                                    oxford, endurance_seconds)
                                values (?, 1, true, 0, 4)""").param(id).update())
                .as("Oxford 0 with a hold")
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("assessment_pelvic_floor_oxford_zero");
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into assessment_pelvic_floor (assessment_id, revision, internal_exam_consent,
                                    repetitions)
                                values (?, 1, true, 11)""").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("repetitions");
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into assessment_deep_core (assessment_id, revision, tva, aslr_left, aslr_right,
                                    aslr_pelvic_compression)
                                values (?, 1, 'GOOD', 1, 1, 'MUCH_WORSE')""").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("assessment_deep_core_aslr_pelvic_compression");
        assertThatThrownBy(() -> jdbc.sql(
                                "update assessment_diastasis set below_umbilicus_offset = 'ONE_CM' where assessment_id = ?")
                        .param(id)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("assessment_diastasis_below_umbilicus_offset");
        assertThatThrownBy(() -> insertPain(id, 6, 4))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("assessment_pain_at_visit_worst_at_least_now");
        assertThatThrownBy(() -> insertPain(id, 3, 11))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("nrs_worst_last_week");
    }

    @Test
    void the_visits_red_flag_screen_and_epds_read_back_and_survive_a_correction_of_the_findings() {
        var screen = new RedFlagScreen(
                Set.of(RedFlag.BLOOD_CLOT_SIGNS, RedFlag.EPDS_SELF_HARM),
                Optional.of(EpdsAnswers.ofScores(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)));
        var first = Assessment.record(
                AssessmentId.random(), anna, pia, TODAY, everySection(1), screen, true, TODAY, RECORDED_AT);
        assessments.add(first);
        var correction = correction(first, everySection(2), "Wrong IRD typed");
        assessments.correct(correction);

        var current = assessments.current(first.id()).orElseThrow();
        assertThat(current.redFlags()).contains(screen);
        assertThat(assessments.versions(first.id()))
                .allSatisfy(version -> assertThat(version.redFlags()).contains(screen));
        assertThat(jdbc.sql("select epds_total from assessment_red_flag_screen where assessment_id = ?")
                        .param(first.id().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(10);
        assertThat(unresolvedOnTheList()).isEqualTo(2);
    }

    @Test
    void outcomes_are_appended_to_the_visit_with_urgency_and_recipient_and_the_patient_list_follows() {
        var first = Assessment.record(
                AssessmentId.random(),
                anna,
                pia,
                TODAY,
                everySection(1),
                new RedFlagScreen(Set.of(RedFlag.HEAVY_OR_RETURNING_BLEEDING)),
                true,
                TODAY,
                RECORDED_AT);
        assessments.add(first);
        var bleeding = Set.of(RedFlag.HEAVY_OR_RETURNING_BLEEDING);
        var referred = first.recordRedFlagResolution(
                RedFlagOutcome.URGENT_REFERRAL,
                bleeding,
                Optional.of(ReferralRecipient.MATERNITY_UNIT),
                "Pad soaked within the hour: sent to the maternity unit",
                pia,
                RECORDED_AT.plusSeconds(60));
        assessments.addResolution(referred);
        assertThat(unresolvedOnTheList())
                .as("an urgent referral waits for its result")
                .isEqualTo(1);

        var cleared = referred.recordRedFlagResolution(
                RedFlagOutcome.CLEARED,
                bleeding,
                Optional.empty(),
                "Seen, retained tissue ruled out",
                paul,
                RECORDED_AT.plusSeconds(7200));
        assessments.addResolution(cleared);

        assertThat(assessments.current(first.id()).orElseThrow().redFlagResolutions())
                .isEqualTo(cleared.redFlagResolutions());
        assertThat(unresolvedOnTheList()).isZero();
    }

    @Test
    void the_database_refuses_an_outcome_about_no_screen_or_a_referral_to_no_one() {
        var first = Assessment.record(
                AssessmentId.random(),
                anna,
                pia,
                TODAY,
                everySection(1),
                new RedFlagScreen(Set.of(RedFlag.FEVER)),
                true,
                TODAY,
                RECORDED_AT);
        assessments.add(first);

        assertThatThrownBy(() -> jdbc.sql("""
                                insert into red_flag_resolution (outcome, resolved_flags, note, recorded_by, recorded_at)
                                values ('CLEARED', array['FEVER']::red_flag_name[], 'x', ?, now())""").param(pia.value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("red_flag_resolution_one_screen");
        assertThatThrownBy(() ->
                        jdbc.sql("""
                                insert into red_flag_resolution (assessment_id, outcome, resolved_flags, note,
                                                                 recorded_by, recorded_at)
                                values (?, 'URGENT_REFERRAL', array['FEVER']::red_flag_name[], 'x', ?, now())""").params(first.id().value(), pia.value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("red_flag_resolution_recipient");
        assertThatThrownBy(() -> jdbc.sql(
                                "update assessment_red_flag_screen set epds_item_scores = array[4,0,0,0,0,0,0,0,0,0]::smallint[] where assessment_id = ?")
                        .param(first.id().value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("epds_item_scores");
        assertThatThrownBy(
                        () -> jdbc.sql("insert into assessment_red_flag (assessment_id, flag) values (?, 'HEADACHE')")
                                .param(first.id().value())
                                .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("red_flag_name_check");
    }

    private int unresolvedOnTheList() {
        return jdbc.sql("select unresolved_visit_red_flags from patient where id = ?")
                .param(anna.value())
                .query(Integer.class)
                .single();
    }

    @Test
    void a_partly_tested_exam_is_stored_with_nulls_for_the_items_not_tested() {
        Assessment recorded = assessment(
                TODAY, AssessmentSections.builder().pelvicFloor(pelvicFloor(5)).build());

        assessments.add(recorded);

        var row = jdbc.sql("""
                        select oxford, endurance_seconds, repetitions, fast_contractions, elevation, co_contraction,
                               timing, tone, relaxation
                        from assessment_pelvic_floor where assessment_id = ?""")
                .param(recorded.id().value())
                .query((rs, n) -> {
                    var values = new ArrayList<Object>();
                    for (int column = 1; column <= 9; column++) {
                        values.add(Optional.ofNullable(rs.getObject(column)));
                    }
                    return values;
                })
                .single();
        assertThat(row)
                .containsExactly(
                        Optional.of(3),
                        Optional.empty(),
                        Optional.of(4),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(false),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("COMPLETE"));
        assertThat(assessments.current(recorded.id())).contains(recorded);
    }

    @Test
    void the_distance_below_the_umbilicus_is_stored_with_the_section() {
        for (BelowUmbilicusOffset below : BelowUmbilicusOffset.values()) {
            Assessment recorded = assessment(
                    TODAY,
                    AssessmentSections.builder()
                            .diastasis(new DiastasisSection(
                                    AboveUmbilicusOffset.THREE_CM,
                                    below,
                                    List.of(IrdReading.of(
                                            IrdSite.BELOW_UMBILICUS,
                                            IrdCondition.REST,
                                            IrdMethod.CALIPER,
                                            new BigDecimal("12"))),
                                    Optional.empty(),
                                    Optional.empty()))
                            .build());

            assessments.add(recorded);

            assertThat(jdbc.sql("select below_umbilicus_offset from assessment_diastasis where assessment_id = ?")
                            .param(recorded.id().value())
                            .query(String.class)
                            .single())
                    .isEqualTo(below.name());
            assertThat(assessments
                            .current(recorded.id())
                            .flatMap(a -> a.sections().diastasis().values())
                            .map(DiastasisSection::belowUmbilicusOffset))
                    .contains(below);
        }
    }

    @Test
    void loading_a_patients_assessments_costs_the_same_statements_for_one_or_ten() {
        var counter = new StatementCounter();
        var counted = new JdbcAssessmentRepository(JdbcClient.create(counter.wrap(MigratedDatabase.dataSource())));
        assessments.add(assessment(TODAY, everySection(3)));

        counter.reset();
        assertThat(counted.currentFor(anna)).hasSize(1);
        int forOne = counter.count();

        for (int i = 1; i < 10; i++) {
            assessments.add(assessment(TODAY.minusWeeks(i), everySection(i)));
        }
        counter.reset();
        assertThat(counted.currentFor(anna)).hasSize(10);

        assertThat(counter.count())
                .as("the versions, seven sections, the readings, the red-flag screens and their outcomes")
                .isEqualTo(forOne)
                .isEqualTo(11);
    }

    private void insertReading(UUID assessment, String site, String method, String unit, String amount) {
        jdbc.sql("""
                        insert into assessment_ird_reading (assessment_id, revision, site, condition, method, unit,
                                                            amount)
                        values (?, 1, ?, 'REST', ?, ?, ?)""")
                .params(assessment, site, method, unit, new BigDecimal(amount))
                .update();
    }

    private void insertPain(UUID assessment, int now, int worstLastWeek) {
        jdbc.sql("insert into assessment_pain_at_visit (assessment_id, revision, nrs_now, nrs_worst_last_week)"
                        + " values (?, 1, ?, ?)")
                .params(assessment, now, worstLastWeek)
                .update();
    }

    private Optional<LocalDate> lastAssessmentDate() {
        return jdbc.sql("select last_assessment_date from patient where id = ?")
                .param(anna.value())
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    private static boolean notAssessed(Section<?> section) {
        return !section.isAssessed();
    }
}
