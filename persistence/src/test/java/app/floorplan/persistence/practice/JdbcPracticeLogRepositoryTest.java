package app.floorplan.persistence.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.practice.PracticeLogRepositoryContract;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.persistence.program.ProgramFixtures;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.StatementCounter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcPracticeLogRepositoryTest extends PracticeLogRepositoryContract {

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcPracticeLogRepository log = new JdbcPracticeLogRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);

    @Override
    protected PracticeLogRepository repository() {
        return log;
    }

    @Override
    protected ClinicId newClinic() {
        return fixtures.clinic();
    }

    @Override
    protected PatientId newPatient(ClinicId clinic, HomeProgramId program) {
        AccountId pia = fixtures.pt(clinic, "Pia");
        PatientId patient = fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 3, 14), "+46 70 123 45 67");
        var content = new ProgramContent(
                ProgramPhase.STABILITY,
                List.of(),
                List.of(
                        new ProgramItem(0, WALL_BUG, Dosage.builder().reps(5).build(), Optional.empty()),
                        new ProgramItem(1, SIDE_PLANK, Dosage.builder().reps(5).build(), Optional.empty())),
                Set.of(),
                Optional.empty());
        new ProgramFixtures(jdbc)
                .add(HomeProgram.start(program, patient, content, pia, EVENING).current());
        return patient;
    }

    @Test
    void a_correction_replaces_the_days_rows_instead_of_adding_to_them() {
        log.save(day(anna, program, MONDAY, OptionalInt.of(3), List.of(done(WALL_BUG))));
        log.save(day(anna, program, MONDAY, OptionalInt.of(3), List.of(done(WALL_BUG))));
        log.save(day(anna, program, MONDAY, OptionalInt.of(5), List.of(done(WALL_BUG), done(SIDE_PLANK))));

        assertThat(rows("practice_day")).isEqualTo(1);
        assertThat(rows("practice_exercise")).isEqualTo(2);
    }

    @Test
    void twenty_concurrent_identical_submissions_leave_exactly_one_row() throws Exception {
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(MigratedDatabase.dataSource()));
        var together = new CyclicBarrier(20);
        ExecutorService taps = Executors.newFixedThreadPool(20);
        try {
            List<Future<PracticeDay>> results = new ArrayList<>();
            for (int tap = 0; tap < 20; tap++) {
                results.add(taps.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return transactions.execute(
                            status -> log.save(day(anna, program, MONDAY, OptionalInt.of(8), List.of(done(WALL_BUG)))));
                }));
            }
            for (var result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS).revision()).isEqualTo(1);
            }
        } finally {
            taps.shutdownNow();
        }
        assertThat(rows("practice_day")).isEqualTo(1);
        assertThat(rows("practice_exercise")).isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_pain_rating_above_ten() {
        assertThatThrownBy(() -> jdbc.sql("insert into practice_day (patient_id, log_date, program_id, program_version,"
                                + " session, pain, content_digest, recorded_at, revision)"
                                + " values (?, ?, ?, 1, 'DONE', 11, 'x', now(), 1)")
                        .params(anna.value(), java.sql.Date.valueOf(MONDAY), program.value())
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void days_of_many_patients_read_in_two_statements() {
        PatientId bea = newPatient(clinic, HomeProgramId.random());
        for (int offset = 0; offset < 10; offset++) {
            log.save(day(anna, program, MONDAY.plusDays(offset), OptionalInt.of(offset % 11), List.of(done(WALL_BUG))));
        }
        var counter = new StatementCounter();
        var counted = new JdbcPracticeLogRepository(JdbcClient.create(counter.wrap(MigratedDatabase.dataSource())));

        var days = counted.between(List.of(anna, bea), MONDAY.plusDays(2), MONDAY.plusDays(5));

        assertThat(counter.count()).isEqualTo(2);
        assertThat(days.get(anna)).hasSize(4);
    }

    private int rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where patient_id = ?")
                .param(anna.value())
                .query(Integer.class)
                .single();
    }
}
