package app.floorplan.ui.outcome;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.outcome.MeasureGroup;
import app.floorplan.core.outcome.MeasureSeries;
import app.floorplan.core.outcome.OutcomeTimeline;
import app.floorplan.core.outcome.OutcomeTimelines;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * The outcome measures on the PT's Progress tab: one chart per measure (questionnaires, pain at the visits, inter-rectus
 * distance per site, condition and method, Oxford and PERFECT, ASLR), each with its change band, the same in words and
 * a table of values; and the link to the printable progress summary. Home practice and logged pain stay in the
 * practice section below, which draws them already.
 */
public final class MeasuresSection extends VerticalLayout {

    public MeasuresSection(PatientId patient, OutcomeTimelines timelines) {
        setPadding(false);
        setId("outcome-measures");
        RouterLink summary = new RouterLink(
                "Progress summary for discharge or a funder (printable)",
                ProgressSummaryView.class,
                new RouteParameters("patientId", patient.toString()));
        summary.setId("progress-summary-link");
        add(new H3("Outcome measures over time"), summary);
        OutcomeTimeline timeline = timelines.open(patient);
        List<MeasureSeries> shown = timeline.series().stream()
                .filter(MeasureSeries::headline)
                .filter(series -> series.group() != MeasureGroup.PRACTICE)
                .filter(series -> !series.name().startsWith("Pain logged at home"))
                .toList();
        if (shown.isEmpty()) {
            Div empty = new Div(
                    "No outcome measures yet: questionnaires and assessment values appear here once" + " recorded.");
            empty.addClassName("fp-empty-state");
            empty.setId("measures-empty-state");
            add(empty);
            return;
        }
        int index = 0;
        for (MeasureGroup group : MeasureGroup.values()) {
            List<MeasureSeries> inGroup =
                    shown.stream().filter(series -> series.group() == group).toList();
            if (inGroup.isEmpty()) {
                continue;
            }
            add(new H4(group.label()));
            for (MeasureSeries series : inGroup) {
                add(measure(series, "measure-" + index++));
            }
        }
    }

    private static Div measure(MeasureSeries series, String id) {
        Div box = new Div();
        box.setId(id);
        box.addClassName("fp-measure");
        Paragraph title = new Paragraph(series.name());
        title.addClassName("fp-measure-title");
        Paragraph summary = new Paragraph(MeasureText.summary(series));
        summary.addClassName("fp-chart-summary");
        summary.setId(id + "-summary");
        Paragraph note = new Paragraph(series.note());
        note.addClassName("fp-muted");
        NativeTable values = new NativeTable();
        values.addClassName("fp-values");
        NativeTableRow head = values.getHead().addRow();
        head.addHeaderCell().setText("Date");
        head.addHeaderCell().setText("Value");
        series.points().reversed().forEach(point -> {
            NativeTableRow row = values.getBody().addRow();
            row.addDataCell().setText(MeasureText.day(point.date()));
            row.addDataCell().setText(MeasureText.point(series, point));
        });
        box.add(title, TrendChart.of(series, id + "-chart"), summary, note, values);
        return box;
    }
}
