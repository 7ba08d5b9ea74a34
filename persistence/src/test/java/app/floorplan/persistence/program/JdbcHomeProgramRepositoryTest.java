package app.floorplan.persistence.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomeProgramRepositoryContract;
import app.floorplan.persistence.testing.Fixtures;
import app.floorplan.persistence.testing.MigratedDatabase;
import app.floorplan.persistence.testing.StatementCounter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class JdbcHomeProgramRepositoryTest extends HomeProgramRepositoryContract {

    private final JdbcClient jdbc = MigratedDatabase.jdbc();
    private final JdbcHomeProgramRepository programs = new JdbcHomeProgramRepository(jdbc);
    private final Fixtures fixtures = new Fixtures(jdbc);
    private final ClinicId clinic = fixtures.clinic();

    @Override
    protected HomeProgramRepository repository() {
        return programs;
    }

    @Override
    protected PatientId newPatient() {
        return fixtures.patient(clinic, "Anna", "Berg", LocalDate.of(1992, 3, 14), "+46 70 123 45 67");
    }

    @Override
    protected AccountId newPt() {
        return fixtures.pt(clinic, "Pia");
    }

    @Test
    void loading_the_30_item_program_costs_two_statements() {
        thirtyItemProgram();
        var counter = new StatementCounter();
        var counted = new JdbcHomeProgramRepository(JdbcClient.create(counter.wrap(MigratedDatabase.dataSource())));

        var loaded = counted.current(anna).orElseThrow();

        assertThat(loaded.versions()).hasSize(2);
        assertThat(counter.count()).isEqualTo(2);
    }

    @Test
    void saving_a_30_item_version_costs_two_statements() {
        var first = HomeProgram.start(HomeProgramId.random(), anna, content(1, 29), pia, PRESCRIBED_AT);
        programs.add(first.current());
        var counter = new StatementCounter();
        var counted = new JdbcHomeProgramRepository(JdbcClient.create(counter.wrap(MigratedDatabase.dataSource())));

        assertThat(counted.addVersion(first.revise(content(2, 30), paul, REVISED_AT, "Progress", false, 1), 1))
                .isTrue();
        assertThat(counter.count()).isEqualTo(2);
    }

    @Test
    void of_two_concurrent_editors_of_the_same_version_exactly_one_adds_the_next() throws Exception {
        var first = HomeProgram.start(HomeProgramId.random(), anna, content(1, 10), pia, PRESCRIBED_AT);
        programs.add(first.current());
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(MigratedDatabase.dataSource()));
        var bothRead = new CyclicBarrier(2);
        ExecutorService editors = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (var editor : List.of(pia, paul)) {
                outcomes.add(editors.submit(() -> transactions.execute(status -> {
                    // each editor opens the program in its own transaction, then both save on top of version 1
                    var opened = programs.current(anna).orElseThrow();
                    await(bothRead);
                    var next = opened.revise(content(2, 12), editor, REVISED_AT, "Change by " + editor, false, 1);
                    return programs.addVersion(next, opened.current().number());
                })));
            }
            List<Boolean> results = new ArrayList<>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder(true, false);
        } finally {
            editors.shutdownNow();
        }
        var stored = programs.current(anna).orElseThrow();
        assertThat(stored.versions()).hasSize(2);
        assertThat(stored.current().content().items()).hasSize(12);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
