package app.floorplan.ui.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.StatementCounting;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.ClinicCalendar;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Opening "My plan" costs the same, bounded number of SQL statements whether the plan has 2 exercises and 2 logged days
 * or 12 exercises and 4 weeks of logs: no statement per exercise, per version or per day.
 */
@FloorPlanAppTest
class MyPlanStatementsTest extends SpringBrowserlessTest {

    // patient, program (versions and items), four weeks of practice (days, exercises), audit; a per-row query breaks it
    private static final long CEILING = 10;

    @Autowired
    ApplicationContext context;

    @Autowired
    ClinicCalendar calendar;

    @org.junit.jupiter.api.BeforeEach
    void aPatientWithALogin() {
        new PortalPatients(context).withLogin("portal-count");
    }

    @Test
    @WithUserDetails(value = "portal-count", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void my_plan_costs_a_bounded_number_of_statements_however_many_exercises_and_logged_days() {
        var patients = new PortalPatients(context);
        PatientId me = patients.withLogin("portal-count");
        LocalDate today = calendar.today();
        var program = patients.program(me, 2);
        patients.logged(program, List.of(today.minusDays(2), today.minusDays(1)));
        long small = statementsToOpen();

        var bigger = patients.revise(me, 12);
        patients.logged(
                bigger, IntStream.range(3, 28).mapToObj(today::minusDays).toList());
        long big = statementsToOpen();

        assertThat(small).as("the counter sees the page's statements").isPositive();
        assertThat(big)
                .as("12 exercises, 2 versions, 27 days vs 2 exercises, 1 version, 2 days")
                .isEqualTo(small);
        assertThat(big).isLessThanOrEqualTo(CEILING);
    }

    private long statementsToOpen() {
        StatementCounting.reset();
        navigate(MyPlanView.class);
        return StatementCounting.statements();
    }
}
