package app.floorplan.ui.progress;

import app.floorplan.core.progress.AlertRules;
import app.floorplan.core.progress.AlertScope;
import app.floorplan.core.progress.PracticeAlert;
import app.floorplan.core.progress.PracticeAlerts;
import app.floorplan.ui.patient.PatientView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;

/**
 * The PT's alerts from her patients' practice logs: her own patients first (or only), newest first; acknowledged ones
 * hidden unless asked for. PTs only: alerts are clinical data, and admins manage accounts, not care.
 */
@Route("alerts")
@PageTitle("Alerts · FloorPlan")
@RolesAllowed("PT")
public class AlertsView extends VerticalLayout {

    static final String MINE = "My patients";
    static final String ALL = "All patients";

    private final PracticeAlerts alerts;
    private final Clock clock;
    private final RadioButtonGroup<String> scope = new RadioButtonGroup<>("Show alerts of");
    private final Checkbox showAcknowledged = new Checkbox("Show acknowledged alerts");
    private final VerticalLayout list = new VerticalLayout();

    public AlertsView(PracticeAlerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
        scope.setItems(MINE, ALL);
        scope.setValue(MINE);
        scope.setId("alert-scope");
        scope.addValueChangeListener(change -> refresh());
        showAcknowledged.setId("show-acknowledged");
        showAcknowledged.addValueChangeListener(change -> refresh());
        list.setPadding(false);
        list.setId("alert-list");
        HorizontalLayout filters = new HorizontalLayout(scope, showAcknowledged);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Alerts"), filters, list);
        refresh();
        addAttachListener(attach -> AlertsNavigation.changed(attach.getUI()));
    }

    private void refresh() {
        list.removeAll();
        List<PracticeAlert> found = alerts.list(
                MINE.equals(scope.getValue()) ? AlertScope.MINE : AlertScope.ALL, showAcknowledged.getValue());
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(
                    showAcknowledged.getValue() ? "No alerts." : "No open alerts: nothing waits for you here.");
            none.setId("alerts-empty");
            list.add(none);
            return;
        }
        for (int index = 0; index < found.size(); index++) {
            list.add(row(found.get(index), index));
        }
    }

    private Div row(PracticeAlert alert, int index) {
        Div row = new Div();
        row.setId("alert-" + index);
        row.addClassName("fp-alert");
        row.getStyle()
                .set("border-left", "4px solid var(--lumo-error-color)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("width", "100%");
        RouterLink patient = new RouterLink(
                alert.patientName(),
                PatientView.class,
                new RouteParameters("patientId", alert.key().patient().toString()));
        patient.setId("alert-" + index + "-patient");
        Span kind = new Span(alert.key().kind().label());
        kind.getStyle().set("font-weight", "600");
        Span what = new Span(alert.what());
        what.setId("alert-" + index + "-what");
        HorizontalLayout head = new HorizontalLayout(patient, kind);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.add(head, new Div(what));
        if (alert.acknowledged()) {
            var ack = alert.acknowledgement().orElseThrow();
            Span done = new Span("Acknowledged on "
                    + AlertRules.day(ack.at().atZone(clock.getZone()).toLocalDate())
                    + ack.note().map(note -> ": " + note).orElse(""));
            done.setId("alert-" + index + "-acknowledged");
            done.getStyle().set("color", "var(--lumo-secondary-text-color)");
            row.add(new Div(done));
        } else {
            Button acknowledge = new Button("Acknowledge…", click -> new AcknowledgeDialog(alert, alerts, () -> {
                        refresh();
                        getUI().ifPresent(AlertsNavigation::changed);
                    })
                    .open());
            acknowledge.setId("alert-" + index + "-acknowledge");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(acknowledge);
        }
        return row;
    }
}
