package app.floorplan.ui.audit;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEntry;
import app.floorplan.core.audit.AuditFilter;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.AuditReview;
import app.floorplan.core.audit.ChainVerification;
import app.floorplan.core.identity.Role;
import app.floorplan.ui.form.DateField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The clinic admin searches the audit trail (who did what to which record, when, from where), newest first, exports
 * the current search as CSV and verifies the hash chain. Every search, export and verification is itself audited by
 * the use case.
 */
@Route("admin/audit")
@PageTitle("Audit trail · FloorPlan")
@RolesAllowed("ADMIN")
public class AuditTrailView extends VerticalLayout {

    private final AuditReview review;
    private final TextField user = new TextField("User");
    private final TextField patient = new TextField("Patient");
    private final ComboBox<AuditAction> action = new ComboBox<>("Action");
    private final DateField from = new DateField("Events from (UTC)", LocalDate.of(2026, 3, 1));
    private final DateField to = new DateField("Events until (UTC)", LocalDate.of(2026, 3, 31));
    private final ComboBox<AuditOutcome> outcome = new ComboBox<>("Outcome");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span matches = new Span();
    private final Span verification = new Span();
    /** Read by the download request, which runs outside the UI's lock. */
    private volatile AuditFilter filter = AuditFilter.everything();

    public AuditTrailView(AuditReview review) {
        this.review = review;
        setSizeFull();

        user.setId("audit-user");
        user.setPlaceholder("Name or user name");
        patient.setId("audit-patient");
        patient.setPlaceholder("Name or patient id");
        for (TextField text : new TextField[] {user, patient}) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setClearButtonVisible(true);
            text.addValueChangeListener(e -> refresh());
        }
        action.setId("audit-action");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditText::action);
        action.setClearButtonVisible(true);
        action.addValueChangeListener(e -> refresh());
        from.setId("audit-from");
        to.setId("audit-to");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        outcome.setId("audit-outcome");
        outcome.setItems(AuditOutcome.values());
        outcome.setItemLabelGenerator(AuditText::outcome);
        outcome.setClearButtonVisible(true);
        outcome.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(user, patient, action, from, to, outcome);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        Button verify = new Button("Verify chain", click -> verify());
        verify.setId("audit-verify");
        verification.setId("audit-verification");
        Anchor export = new Anchor(exportDownload(), "Export CSV");
        export.setId("audit-export");
        matches.setId("audit-matches");
        HorizontalLayout actions = new HorizontalLayout(matches, export, verify, verification);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        grid.setId("audit-grid");
        grid.addColumn(e -> AuditText.time(e.occurredAt()))
                .setHeader("Time (UTC)")
                .setAutoWidth(true);
        grid.addColumn(e -> e.actorName().orElse("Not logged in")).setHeader("User");
        grid.addColumn(e -> e.role().map(Role::label).orElse("")).setHeader("Role");
        grid.addColumn(e -> AuditText.action(e.action())).setHeader("Action");
        grid.addColumn(e -> e.patientName().orElse("")).setHeader("Patient");
        grid.addColumn(e -> AuditText.outcome(e.outcome())).setHeader("Outcome");
        grid.addColumn(e -> e.sourceAddress().orElse("")).setHeader("From");
        grid.addColumn(AuditEntry::sequence).setHeader("Event").setAutoWidth(true);

        add(new H2("Audit trail"), filters, actions, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        AuditFilter current = new AuditFilter(
                Optional.ofNullable(user.getValue()),
                Optional.ofNullable(patient.getValue()),
                Optional.ofNullable(action.getValue()),
                Optional.ofNullable(from.getValue()),
                Optional.ofNullable(to.getValue()),
                Optional.ofNullable(outcome.getValue()));
        filter = current;
        int count = review.count(current);
        matches.setText(count == 1 ? "1 event" : count + " events");
        // no count callback: the search itself adds an event, and the grid scrolls on demand
        grid.setItems(query -> review.search(current, query.getOffset(), query.getLimit()).stream());
    }

    private void verify() {
        ChainVerification result = review.verifyChain();
        verification.setText(result.describe());
        verification.getElement().getThemeList().set("badge", true);
        verification.getElement().getThemeList().set("error", !result.intact());
        verification.getElement().getThemeList().set("success", result.intact());
    }

    private DownloadHandler exportDownload() {
        return event -> {
            event.setFileName("audit-trail.csv");
            event.setContentType("text/csv; charset=UTF-8");
            AuditCsv.write(
                    review.export(filter), new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8));
        };
    }
}
