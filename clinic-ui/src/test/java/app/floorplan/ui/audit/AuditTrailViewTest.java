package app.floorplan.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.floorplan.FloorPlanAppTest;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditFilter;
import app.floorplan.core.audit.AuditReview;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.IntakeRecords;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.ui.error.RouteRefusedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@FloorPlanAppTest
@WithUserDetails("admin")
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientRegistry registry;

    @Autowired
    IntakeRecords intakes;

    @Autowired
    AuditChainCommand command;

    @Autowired
    AuditReview review;

    @Autowired
    JdbcClient jdbc;

    private PatientId anna;

    @BeforeEach
    void theAdminOpensAnnasRecord() {
        // Anna by her login: other tests register more patients called Anna Berg
        anna = new PatientId(jdbc.sql("select patient_id from account where username = ?")
                .param(DemoClinic.PATIENT_ANNA.username())
                .query(UUID.class)
                .single());
        registry.open(anna);
    }

    @Test
    void the_admin_finds_who_opened_a_patient_by_patient_name_action_and_user() {
        navigate(AuditTrailView.class);
        Grid<?> grid = $view(Grid.class).id("audit-grid");

        test($view(TextField.class).id("audit-patient")).setValue("berg");
        test($view(ComboBox.class).id("audit-action")).selectItem("Patient viewed");
        test($view(TextField.class).id("audit-user")).setValue(DemoClinic.ADMIN.displayName());

        assertThat(test(grid).size()).isPositive();
        assertThat(column(grid, 1)).containsOnly(DemoClinic.ADMIN.displayName());
        assertThat(column(grid, 3)).containsOnly("Patient viewed");
        assertThat(column(grid, 4)).containsOnly("Anna Berg");
        assertThat($view(Span.class).id("audit-matches").getText())
                .endsWith("events")
                .doesNotStartWith("0 ");
    }

    @Test
    void a_patient_id_a_date_range_and_an_outcome_narrow_the_search() {
        // intake is clinical: the admin is refused, and the refusal names the patient asked for
        assertThat(catchThrowable(() -> intakes.open(anna))).isInstanceOf(AccessDeniedException.class);
        navigate(AuditTrailView.class);
        Grid<?> grid = $view(Grid.class).id("audit-grid");

        test($view(TextField.class).id("audit-patient")).setValue(anna.toString());
        assertThat(column(grid, 4)).isNotEmpty().containsOnly("Anna Berg");

        test($view(ComboBox.class).id("audit-outcome")).selectItem("Refused");
        assertThat(column(grid, 5)).isNotEmpty().containsOnly("Refused");
        assertThat(column(grid, 3)).containsOnly("Access denied");
        assertThat(column(grid, 4)).containsOnly("Anna Berg");

        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        $view(ComboBox.class).id("audit-outcome").clear();
        test($view(DatePicker.class).id("audit-from")).setValue(tomorrow);
        assertThat(test(grid).size()).isZero();
        assertThat($view(Span.class).id("audit-matches").getText()).isEqualTo("0 events");
    }

    @Test
    void the_newest_event_comes_first() {
        navigate(AuditTrailView.class);
        Grid<?> grid = $view(Grid.class).id("audit-grid");

        List<Long> sequences = column(grid, 7).stream().map(Long::valueOf).toList();
        assertThat(sequences).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Audit viewed");
    }

    @Test
    void verifying_the_chain_shows_it_intact_and_is_audited() {
        navigate(AuditTrailView.class);

        test($view(Button.class).id("audit-verify")).click();

        assertThat($view(Span.class).id("audit-verification").getText()).matches("Intact: \\d+ events");
        assertThat(lastAction()).isEqualTo(AuditAction.AUDIT_CHAIN_VERIFIED.name());
    }

    @Test
    @WithUserDetails("therapist")
    void a_therapist_sent_to_the_audit_trail_sees_not_available_and_the_refusal_is_audited() {
        navigate("admin/audit", RouteRefusedView.class);

        assertThat(lastAction()).isEqualTo(AuditAction.ACCESS_DENIED.name());
        assertThat(jdbc.sql("select a.username from audit_event e join account a on a.id = e.actor_id"
                                + " order by e.seq desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo(DemoClinic.PT.username());
    }

    @Test
    void the_verification_command_exits_with_0_on_an_intact_chain() {
        assertThat(command.verify()).isZero();
    }

    @Test
    void the_export_holds_the_filtered_events_in_csv_and_is_audited() {
        var filter = new AuditFilter(
                Optional.empty(),
                Optional.of(anna.toString()),
                Optional.of(AuditAction.PATIENT_VIEWED),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        var csv = new StringWriter();

        AuditCsv.write(review.export(filter), csv);

        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo(String.join(",", AuditCsv.HEADER));
        // other tests of the shared context may have viewed Anna too (as the PT): every line is a view of Anna, and
        // the admin's own view is among them
        assertThat(lines.subList(1, lines.size()))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains(",Patient viewed,Anna Berg," + anna + ","))
                .anySatisfy(line -> assertThat(line).contains(DemoClinic.ADMIN.displayName()));
        assertThat(lastAction()).isEqualTo(AuditAction.AUDIT_EXPORTED.name());
    }

    private String lastAction() {
        return jdbc.sql("select action from audit_event order by seq desc limit 1")
                .query(String.class)
                .single();
    }

    private List<String> column(Grid<?> grid, int column) {
        return IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getCellText(row, column))
                .toList();
    }
}
