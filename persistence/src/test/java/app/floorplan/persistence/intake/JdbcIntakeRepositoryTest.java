package app.floorplan.persistence.intake;

import static app.floorplan.persistence.testing.LockWaits.awaitQuietly;
import static app.floorplan.persistence.testing.LockWaits.awaitSomeoneWaitingForALock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.AggravatingActivity;
import app.floorplan.core.intake.Babywearing;
import app.floorplan.core.intake.BirthWeight;
import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.DeliveryMode;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeId;
import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.PainCharacter;
import app.floorplan.core.intake.PainProfile;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.intake.PerinealTrauma;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.RedFlagResolution;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.ReferralRecipient;
import app.floorplan.core.intake.RelevantHistory;
import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.core.record.Correction;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.StatementCounter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcIntakeRepositoryTest {

    private static final Set<RedFlag> FEVER = Set.of(RedFlag.FEVER);

    private static final Instant RECORDED_AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-11-21T09:30:00Z");
    private static final LocalDate LATEST_DELIVERY = LocalDate.of(2026, 5, 1);

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcIntakeRepository intakes = new JdbcIntakeRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private AccountId pia;
    private AccountId paul;
    private PatientId patient;

    @BeforeEach
    void aPatientAndTwoPts() {
        ClinicId clinic = fixtures.clinic();
        pia = fixtures.pt(clinic, "Pia Therapist");
        paul = fixtures.pt(clinic, "Paul Therapist");
        patient = fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 3, 14), null);
    }

    @ParameterizedTest(name = "feeding {0}")
    @EnumSource(Feeding.class)
    void a_full_intake_with_every_delivery_mode_trauma_pain_answer_and_red_flag_reads_back_unchanged(Feeding feeding) {
        // every flag ever stored, earlier wordings included, and an EPDS with its item scores
        Intake full = first(
                everything(feeding),
                new RedFlagScreen(
                        EnumSet.allOf(RedFlag.class), Optional.of(EpdsAnswers.ofScores(0, 1, 2, 3, 0, 1, 2, 3, 1, 1))));

        intakes.add(full);

        assertThat(intakes.current(patient)).contains(full);
        assertThat(intakes.versions(patient)).containsExactly(full);
    }

    @Test
    void an_intake_without_any_optional_answer_reads_back_unchanged() {
        var none = new ObstetricHistory(0, 0, List.of(), Feeding.NONE, Babywearing.none());
        var noPain = new PainProfile(
                NumericPainRating.of(0), NumericPainRating.of(0), Set.of(), Set.of(), Set.of(), Optional.empty());
        Intake bare = Intake.record(
                IntakeId.random(),
                patient,
                none,
                noPain,
                new RelevantHistory(false, false, false, false, Optional.empty()),
                RedFlagScreen.allNegative(),
                pia,
                RECORDED_AT);

        intakes.add(bare);

        assertThat(intakes.current(patient)).contains(bare);
    }

    @Test
    void a_patient_without_an_intake_has_no_current_version_and_no_history() {
        assertThat(intakes.current(patient)).isEmpty();
        assertThat(intakes.versions(patient)).isEmpty();
    }

    @Test
    void a_correction_is_the_new_current_version_and_the_old_one_stays_readable_marked_replaced() {
        Intake original = first(everything(Feeding.PARTIAL), RedFlagScreen.allNegative());
        intakes.add(original);
        Correction<Intake> correction = correctedPain(original, paul, 2);

        assertThat(intakes.correct(correction)).isTrue();

        assertThat(intakes.current(patient)).contains(correction.current());
        List<Intake> versions = intakes.versions(patient);
        assertThat(versions).containsExactly(correction.replaced(), correction.current());
        assertThat(versions.getFirst().revision().replaced()).isTrue();
        assertThat(versions.getFirst().pain().now().value()).isEqualTo(4);
        assertThat(versions.getLast().revision().reason()).contains("Pain now was 2");
    }

    @Test
    void of_two_concurrent_corrections_of_the_same_version_the_second_waits_and_then_writes_nothing() throws Exception {
        Intake original = first(everything(Feeding.PARTIAL), RedFlagScreen.allNegative());
        intakes.add(original);
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(MigratedDatabase.dataSource()));
        var firstHoldsItsLock = new CountDownLatch(1);
        var firstMayCommit = new CountDownLatch(1);
        ExecutorService pts = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> piaSaves = pts.submit(() -> transactions.execute(tx -> {
                boolean stored = intakes.correct(correctedPain(original, pia, 2));
                firstHoldsItsLock.countDown();
                awaitQuietly(firstMayCommit);
                return stored;
            }));
            assertThat(firstHoldsItsLock.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Boolean> paulSaves =
                    pts.submit(() -> transactions.execute(tx -> intakes.correct(correctedPain(original, paul, 5))));

            awaitSomeoneWaitingForALock(jdbc, "the second correction");
            assertThat(paulSaves)
                    .as("waits for the first correction's row lock")
                    .isNotDone();
            firstMayCommit.countDown();

            assertThat(piaSaves.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(paulSaves.get(10, TimeUnit.SECONDS)).isFalse();
        } finally {
            pts.shutdownNow();
        }
        assertThat(intakes.versions(patient)).hasSize(2);
        assertThat(intakes.current(patient).orElseThrow().revision().author()).isEqualTo(pia);
    }

    @Test
    void a_version_that_was_already_replaced_cannot_be_replaced_again() {
        Intake original = first(everything(Feeding.PARTIAL), RedFlagScreen.allNegative());
        intakes.add(original);
        intakes.correct(correctedPain(original, pia, 2));

        assertThat(intakes.correct(correctedPain(original, paul, 5))).isFalse();
        assertThat(intakes.versions(patient)).hasSize(2);
    }

    @Test
    void resolutions_are_appended_in_order_and_carry_over_to_later_versions_but_not_to_earlier_ones() {
        Intake flagged = first(everything(Feeding.PARTIAL), new RedFlagScreen(Set.of(RedFlag.FEVER)));
        intakes.add(flagged);
        Intake referred = flagged.recordRedFlagResolution(
                RedFlagOutcome.URGENT_REFERRAL, FEVER, Optional.of(ReferralRecipient.GP), "Referred to GP", pia, LATER);
        intakes.addResolution(referred);
        Intake cleared = referred.recordRedFlagResolution(
                RedFlagOutcome.CLEARED,
                FEVER,
                Optional.empty(),
                "GP found no infection",
                paul,
                LATER.plusSeconds(3600));
        intakes.addResolution(cleared);

        assertThat(intakes.current(patient)).contains(cleared);

        Correction<Intake> correction = cleared.correct(
                cleared.obstetricHistory(),
                cleared.pain(),
                cleared.relevantHistory(),
                new RedFlagScreen(Set.of(RedFlag.FEVER, RedFlag.SEVERE_NIGHT_PAIN)),
                pia,
                LATER.plusSeconds(7200),
                "Night pain was missed");
        intakes.correct(correction);
        Intake resolvedAgain = correction
                .current()
                .recordRedFlagResolution(
                        RedFlagOutcome.ROUTINE_REFERRAL,
                        Set.of(RedFlag.SEVERE_NIGHT_PAIN),
                        Optional.of(ReferralRecipient.GP),
                        "Night pain: GP",
                        pia,
                        LATER.plusSeconds(9000));
        intakes.addResolution(resolvedAgain);

        Intake current = intakes.current(patient).orElseThrow();
        assertThat(current.redFlagResolutions())
                .extracting(RedFlagResolution::outcome)
                .containsExactly(
                        RedFlagOutcome.URGENT_REFERRAL, RedFlagOutcome.CLEARED, RedFlagOutcome.ROUTINE_REFERRAL);
        assertThat(current.redFlagResolutions().getFirst().to()).contains(ReferralRecipient.GP);
        assertThat(current.unresolvedRedFlags()).isEmpty();
        assertThat(intakes.versions(patient)).containsExactly(correction.replaced(), resolvedAgain);
    }

    @Test
    void the_patient_list_summary_follows_the_current_version_and_its_resolutions() {
        Intake flagged = first(everything(Feeding.PARTIAL), new RedFlagScreen(Set.of(RedFlag.FEVER, RedFlag.TRAUMA)));
        intakes.add(flagged);
        assertThat(summary()).isEqualTo(new Summary(LATEST_DELIVERY, 2));

        Intake referred = flagged.recordRedFlagResolution(
                RedFlagOutcome.ROUTINE_REFERRAL,
                Set.of(RedFlag.FEVER, RedFlag.TRAUMA),
                Optional.of(ReferralRecipient.GP),
                "Referred to GP",
                pia,
                LATER);
        intakes.addResolution(referred);
        assertThat(summary()).isEqualTo(new Summary(LATEST_DELIVERY, 0));

        var noDeliveries = new ObstetricHistory(1, 0, List.of(), Feeding.NONE, Babywearing.none());
        intakes.correct(referred.correct(
                noDeliveries,
                referred.pain(),
                referred.relevantHistory(),
                new RedFlagScreen(Set.of(RedFlag.FEVER, RedFlag.TRAUMA, RedFlag.SEVERE_NIGHT_PAIN)),
                paul,
                LATER.plusSeconds(60),
                "The birth was recorded on the wrong patient; night pain was missed"));
        assertThat(summary()).isEqualTo(new Summary(null, 1));
    }

    @Test
    void loading_the_current_version_or_the_history_costs_three_statements_whatever_the_number_of_deliveries() {
        Intake full = first(everything(Feeding.PARTIAL), new RedFlagScreen(Set.of(RedFlag.FEVER)));
        intakes.add(full);
        intakes.addResolution(full.recordRedFlagResolution(
                RedFlagOutcome.ROUTINE_REFERRAL,
                FEVER,
                Optional.of(ReferralRecipient.GP),
                "Referred to GP",
                pia,
                LATER));
        var counting = new StatementCounter();
        var counted = new JdbcIntakeRepository(JdbcClient.create(counting.wrap(MigratedDatabase.dataSource())));

        counted.current(patient);
        assertThat(counting.count()).isEqualTo(3);
        counting.reset();
        counted.versions(patient);
        assertThat(counting.count()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} set {1} is refused by {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "intake_version  | nrs_now = 11                                  | intake_version_nrs_now_check",
                "intake_version  | nrs_worst_last_week = -1                      | intake_version_nrs_worst_last_week_check",
                "intake_version  | para = gravida + 1                            | intake_version_para_within_gravida",
                "intake_version  | gravida = -1, para = -1                       | intake_version_gravida_check",
                "intake_version  | babywearing_hours = 24.5                      | intake_version_babywearing_hours_check",
                "intake_version  | pain_sites = array['KNEE']                    | intake_version_pain_sites_check",
                "intake_version  | feeding = 'FORMULA'                           | intake_version_feeding_check",
                "intake_version  | revision = 2                                  | intake_version_reason",
                "intake_version  | reason = ''                                   | intake_version_reason_check",
                "intake_delivery | birth_weight_kg = 7.5                         | intake_delivery_birth_weight_kg_check",
                "intake_delivery | birth_weight_kg = 0.29                        | intake_delivery_birth_weight_kg_check",
                "intake_delivery | mode = 'CAESAREAN'                            | intake_delivery_mode_check",
                "intake_delivery | mode = 'PLANNED_CAESAREAN', perineal_trauma = 'THIRD_A' | "
                        + "intake_delivery_planned_caesarean_perineum",
                "intake_version  | epds_item_scores = array[0,0,0,0,0,0,0,0,0,4]::smallint[] | "
                        + "intake_version_epds_item_scores_check",
                "intake_version  | epds_item_scores = array[0,0,0]::smallint[] | intake_version_epds_item_scores_check",
            })
    void the_database_refuses_a_value_out_of_cores_range_written_directly(
            String table, String assignment, String constraint) {
        Intake intake = first(everything(Feeding.PARTIAL), RedFlagScreen.allNegative());
        intakes.add(intake);

        assertThatThrownBy(() -> jdbc.sql("update " + table + " set " + assignment + " where intake_id = ?")
                        .param(intake.id().value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(constraint);
    }

    private Intake first(ObstetricHistory obstetric, RedFlagScreen redFlags) {
        var pain = new PainProfile(
                NumericPainRating.of(4),
                NumericPainRating.of(7),
                EnumSet.allOf(PainSite.class),
                EnumSet.allOf(PainCharacter.class),
                EnumSet.allOf(AggravatingActivity.class),
                Optional.of(LocalDate.of(2026, 6, 1)));
        var history = new RelevantHistory(true, true, true, true, Optional.of("Appendectomy 2015"));
        return Intake.record(IntakeId.random(), patient, obstetric, pain, history, redFlags, pia, RECORDED_AT);
    }

    /** Every delivery mode and every kind of perineal trauma, with and without birth weight and anaesthesia. */
    private static ObstetricHistory everything(Feeding feeding) {
        List<Delivery> deliveries = List.of(
                delivery(2012, DeliveryMode.SPONTANEOUS_VAGINAL, PerinealTrauma.FIRST_DEGREE, "3.456"),
                delivery(2014, DeliveryMode.VACUUM, PerinealTrauma.SECOND_DEGREE, null),
                delivery(2016, DeliveryMode.FORCEPS, PerinealTrauma.THIRD_A, "0.3"),
                delivery(2018, DeliveryMode.PLANNED_CAESAREAN, PerinealTrauma.NONE, "7.0"),
                delivery(2020, DeliveryMode.EMERGENCY_CAESAREAN, PerinealTrauma.THIRD_B, "2.95"),
                delivery(2022, DeliveryMode.VBAC, PerinealTrauma.THIRD_C, "4.1"),
                delivery(2024, DeliveryMode.SPONTANEOUS_VAGINAL, PerinealTrauma.FOURTH_DEGREE, "3.2"),
                new Delivery(
                        LATEST_DELIVERY,
                        DeliveryMode.SPONTANEOUS_VAGINAL,
                        PerinealTrauma.EPISIOTOMY,
                        false,
                        Optional.of(BirthWeight.ofKilograms(new BigDecimal("3.61")))));
        return new ObstetricHistory(
                9, 8, deliveries, feeding, Babywearing.of(true, Optional.of(new BigDecimal("1.5"))));
    }

    private static Delivery delivery(int year, DeliveryMode mode, PerinealTrauma trauma, String kilograms) {
        return new Delivery(
                LocalDate.of(year, 3, 14),
                mode,
                trauma,
                year % 4 == 0,
                Optional.ofNullable(kilograms).map(BigDecimal::new).map(BirthWeight::ofKilograms));
    }

    private static Correction<Intake> correctedPain(Intake opened, AccountId by, int nrsNow) {
        var pain = new PainProfile(
                NumericPainRating.of(nrsNow),
                opened.pain().worstLastWeek(),
                opened.pain().sites(),
                opened.pain().character(),
                opened.pain().aggravatingActivities(),
                opened.pain().since());
        return opened.correct(
                opened.obstetricHistory(),
                pain,
                opened.relevantHistory(),
                opened.redFlags(),
                by,
                LATER,
                "Pain now was " + nrsNow);
    }

    private Summary summary() {
        return jdbc.sql("select latest_delivery_date, unresolved_red_flags from patient where id = ?")
                .param(patient.value())
                .query((rs, row) -> new Summary(rs.getObject("latest_delivery_date", LocalDate.class), rs.getInt(2)))
                .single();
    }

    private record Summary(LocalDate latestDelivery, int unresolvedRedFlags) {}
}
