package app.floorplan.ui.outcome;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.outcome.MeasureSeries;
import app.floorplan.core.outcome.OutcomeTimelines;
import app.floorplan.core.outcome.ProgressSummary;
import app.floorplan.core.outcome.SummaryRow;
import app.floorplan.core.outcome.Verdict;
import app.floorplan.ui.patient.PatientView;
import app.floorplan.ui.patient.RecordAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The discharge or progress summary: first versus latest value of every measure, the change, the threshold that
 * counts with its source, and whether she improved beyond it, changed less, or got worse. Printable from the browser:
 * styles.css hides the app's frame and the buttons on paper.
 */
@Route("patients/:patientId/progress-summary")
@RolesAllowed("PT")
public class ProgressSummaryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OutcomeTimelines timelines;
    private String title = "Progress summary · FloorPlan";

    public ProgressSummaryView(OutcomeTimelines timelines) {
        this.timelines = timelines;
        setMaxWidth("60rem");
        addClassName("fp-summary");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PatientId patient = RecordAddress.patient(event);
        removeAll();
        ProgressSummary summary = timelines.summary(patient);
        title = "Progress summary: " + summary.patientName() + " · FloorPlan";
        Button print = new Button("Print", click -> click.getSource().getUI().ifPresent(ui -> ui.getPage()
                .executeJs("window.print()")));
        print.setId("print-summary");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink back = new RouterLink(
                "Back to the patient", PatientView.class, new RouteParameters("patientId", patient.toString()));
        HorizontalLayout actions = new HorizontalLayout(print, back);
        actions.setAlignItems(Alignment.BASELINE);
        actions.addClassName("fp-no-print");
        add(actions, new H2("Progress summary"));
        Paragraph who = new Paragraph(summary.patientName() + ", born " + MeasureText.day(summary.dateOfBirth()));
        who.setId("summary-patient");
        Paragraph when = new Paragraph("Measures "
                + summary.since()
                        .map(since -> "from " + MeasureText.day(since) + " ")
                        .orElse("")
                + "to " + MeasureText.day(summary.today()) + ". Prepared by " + summary.therapist() + " on "
                + MeasureText.day(summary.today()) + ".");
        add(who, when);
        if (summary.rows().isEmpty()) {
            Paragraph none = new Paragraph("No measures recorded yet.");
            none.setId("summary-empty");
            add(none);
            return;
        }
        add(table(summary));
        add(new H3("How to read it"), explanations(summary));
    }

    private static NativeTable table(ProgressSummary summary) {
        NativeTable table = new NativeTable();
        table.setId("summary-table");
        table.addClassName("fp-values");
        NativeTableRow head = table.getHead().addRow();
        for (String header : new String[] {"Measure", "First", "Latest", "Change", "Result"}) {
            head.addHeaderCell().setText(header);
        }
        for (SummaryRow row : summary.rows()) {
            MeasureSeries series = row.series();
            NativeTableRow line = table.getBody().addRow();
            line.addDataCell().setText(series.name() + " (" + series.direction() + ")");
            line.addDataCell()
                    .setText(series.withUnit(row.first().value()) + ", "
                            + MeasureText.day(row.first().date())
                            + MeasureText.source(series, row.first()));
            line.addDataCell()
                    .setText(
                            row.verdict() == Verdict.ONCE
                                    ? "-"
                                    : series.withUnit(row.latest().value()) + ", "
                                            + MeasureText.day(row.latest().date())
                                            + MeasureText.source(series, row.latest()));
            line.addDataCell().setText(row.verdict() == Verdict.ONCE ? "-" : MeasureText.signed(row.difference()));
            line.addDataCell()
                    .setText(row.verdict().label()
                            + series.change()
                                    .filter(change -> row.verdict() != Verdict.ONCE)
                                    .map(change -> ": " + change.label())
                                    .orElse(""));
            line.addClassName("fp-verdict-" + row.verdict().name().toLowerCase(java.util.Locale.ROOT));
        }
        return table;
    }

    private static UnorderedList explanations(ProgressSummary summary) {
        Set<String> notes = new LinkedHashSet<>();
        notes.add("A change counts when it reaches the published threshold for that measure: a minimal important change"
                + " (what patients notice), a minimal detectable change (larger than measurement error) or a reliable"
                + " change (real for one person). Each is named with its source.");
        notes.add("Where no threshold is published, only the direction is given; such a change may be measurement"
                + " error.");
        summary.rows().stream()
                .map(SummaryRow::series)
                .filter(MeasureSeries::headline)
                .forEach(series -> notes.add(series.name() + ": " + series.note() + "."));
        if (summary.rows().stream().map(SummaryRow::series).anyMatch(MeasureSeries::namesSources)) {
            notes.add("The EPDS joins the totals of the red-flag screen (at the intake and at visits) and of EPDS"
                    + " questionnaires: the same ten items and scoring, so one series; each value names its source.");
        }
        notes.add("Questionnaire wording is licensed and not shown by FloorPlan; the scores follow each instrument's"
                + " published scoring.");
        UnorderedList list = new UnorderedList();
        list.setId("summary-notes");
        notes.forEach(note -> list.add(new ListItem(note)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
