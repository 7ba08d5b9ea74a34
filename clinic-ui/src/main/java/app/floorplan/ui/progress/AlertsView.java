package app.floorplan.ui.progress;

import app.floorplan.core.progress.AlertKind;
import app.floorplan.core.progress.AlertReason;
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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
 * The PT's alerts from her patients' practice logs, one per logged day with all its reasons: urgent ones first and
 * highlighted, then her own patients (by default only hers and those with no assigned PT), newest first; acknowledged
 * ones hidden unless asked for. PTs only: alerts are clinical data, and admins manage accounts, not care.
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
        String id = "alert-" + index;
        Div row = new Div();
        row.setId(id);
        row.addClassName("fp-alert");
        RouterLink patient = new RouterLink(
                alert.patientName(),
                PatientView.class,
                new RouteParameters("patientId", alert.key().patient().toString()));
        patient.setId(id + "-patient");
        HorizontalLayout head = new HorizontalLayout();
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (alert.urgent()) {
            row.addClassName("fp-alert-urgent");
            Span urgent = new Span("Urgent");
            urgent.setId(id + "-urgent");
            urgent.addClassName("fp-alert-urgent-marker");
            head.add(urgent);
        }
        Span subject = new Span(subject(alert));
        subject.addClassName("fp-alert-subject");
        head.add(patient, subject);
        if (alert.unassigned()) {
            Span unassigned = new Span("No PT assigned");
            unassigned.setId(id + "-unassigned");
            unassigned.addClassName("fp-muted");
            head.add(unassigned);
        }
        row.add(head);
        if (alert.urgent()) {
            Paragraph why =
                    new Paragraph("Read now and contact her: " + String.join("; ", alert.urgentReasons()) + ".");
            why.setId(id + "-urgent-reasons");
            why.addClassName("fp-alert-urgent-reasons");
            row.add(why);
        }
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("fp-alert-reasons");
        for (int number = 0; number < alert.reasons().size(); number++) {
            AlertReason reason = alert.reasons().get(number);
            Span what = new Span(reason.what());
            what.setId(id + "-reason-" + number);
            reasons.add(new ListItem(new Span(reason.kind().label() + ": "), what));
        }
        row.add(reasons);
        if (alert.acknowledged()) {
            var ack = alert.acknowledgement().orElseThrow();
            Span done = new Span("Acknowledged on "
                    + AlertRules.day(ack.at().atZone(clock.getZone()).toLocalDate())
                    + ack.note().map(note -> ": " + note).orElse(""));
            done.setId("alert-" + index + "-acknowledged");
            done.addClassName("fp-muted");
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

    private static String subject(PracticeAlert alert) {
        return switch (alert.key().subject()) {
            case LOGGED_DAY -> "Log of " + AlertRules.day(alert.key().day());
            case NO_RECENT_LOG -> AlertKind.NO_RECENT_LOG.label();
            case SELF_HARM_ANSWER -> "EPDS of " + AlertRules.day(alert.key().day());
        };
    }
}
