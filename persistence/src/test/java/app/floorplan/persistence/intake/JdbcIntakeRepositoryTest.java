package app.floorplan.persistence.intake;

import static app.floorplan.persistence.testing.LockWaits.awaitQuietly;
import static app.floorplan.persistence.testing.LockWaits.awaitSomeoneWaitingForALock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.Babywearing;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.IntakeRepositoryContract;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.ReferralRecipient;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.StatementCounter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcIntakeRepositoryTest extends IntakeRepositoryContract {

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcIntakeRepository intakes = new JdbcIntakeRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private final ClinicId clinic = fixtures.clinic();

    @Override
    protected IntakeRepository repository() {
        return intakes;
    }

    @Override
    protected PatientId newPatient() {
        return fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 3, 14), null);
    }

    @Override
    protected AccountId newPt() {
        return fixtures.pt(clinic, "Pia Therapist");
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

    private Summary summary() {
        return jdbc.sql("select latest_delivery_date, unresolved_red_flags from patient where id = ?")
                .param(patient.value())
                .query((rs, row) -> new Summary(rs.getObject("latest_delivery_date", LocalDate.class), rs.getInt(2)))
                .single();
    }

    private record Summary(LocalDate latestDelivery, int unresolvedRedFlags) {}
}
