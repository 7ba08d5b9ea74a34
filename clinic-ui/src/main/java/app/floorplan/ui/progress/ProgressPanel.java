package app.floorplan.ui.progress;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.EffortRating;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.progress.AdherenceWeek;
import app.floorplan.core.progress.AlertRules;
import app.floorplan.core.progress.EffortPoint;
import app.floorplan.core.progress.PainPoint;
import app.floorplan.core.progress.PatientProgress;
import app.floorplan.core.progress.ProgressReports;
import app.floorplan.core.progress.ProgressionSuggestion;
import app.floorplan.core.progress.SymptomEntry;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The Progress tab's content: suggestion, last activity, adherence, pain and symptoms since the program started. */
final class ProgressPanel extends VerticalLayout {

    private final PatientId patient;
    private final ProgressReports reports;
    private final Clock clock;

    ProgressPanel(PatientId patient, ProgressReports reports, Clock clock) {
        this.patient = patient;
        this.reports = reports;
        this.clock = clock;
        setPadding(false);
        setId("progress");
        show(reports.open(patient));
    }

    private void show(PatientProgress progress) {
        removeAll();
        if (!progress.hasProgram()) {
            Div empty = new Div("No home program yet: progress is shown once the patient practises a program.");
            empty.setId("progress-empty-state");
            empty.addClassName("fp-empty-state");
            add(empty);
            return;
        }
        add(lastActivity(progress));
        progress.suggestion()
                .ifPresent(suggestion ->
                        add(suggestion(suggestion, progress.programVersion().orElseThrow())));
        add(new H3("Adherence per week"));
        add(adherence(progress.weeks()));
        add(new H3("Pain"));
        add(pain(progress));
        add(new H3("Effort she rated"));
        add(effort(progress.effort()));
        add(new H3("Symptoms she flagged"));
        add(symptoms(progress.symptoms()));
    }

    private Paragraph lastActivity(PatientProgress progress) {
        LocalDate today = LocalDate.now(clock);
        String text = progress.lastActivity()
                .map(day -> {
                    long ago = ChronoUnit.DAYS.between(day, today);
                    return "Last logged on " + AlertRules.day(day) + " ("
                            + (ago == 0 ? "today" : ago == 1 ? "yesterday" : ago + " days ago") + ")";
                })
                .orElse("Nothing logged yet since the program started on "
                        + AlertRules.day(progress.programStart().orElseThrow()));
        Paragraph last = new Paragraph(text);
        last.setId("last-activity");
        return last;
    }

    private Div suggestion(ProgressionSuggestion suggestion, int programVersion) {
        Div box = new Div();
        box.setId("progression-suggestion");
        box.addClassName("fp-card");
        H3 title = new H3("Suggestion: " + suggestion.kind().label());
        title.setId("suggestion-kind");
        box.add(title);
        UnorderedList reasons = new UnorderedList();
        reasons.setId("suggestion-reasons");
        suggestion.reasons().forEach(reason -> reasons.add(new ListItem(capitalised(reason))));
        box.add(reasons);
        if (!suggestion.changes().isEmpty()) {
            UnorderedList changes = new UnorderedList();
            changes.setId("suggestion-changes");
            suggestion.changes().forEach(change -> changes.add(new ListItem(change)));
            box.add(new Paragraph("Proposed changes:"), changes);
        }
        if (suggestion.applicable()) {
            Button apply = new Button("Apply as a new program version…", click -> new ApplySuggestionDialog(
                            patient, programVersion, suggestion, reports, () -> show(reports.open(patient)))
                    .open());
            apply.setId("apply-suggestion");
            apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(apply, new Paragraph("You decide: nothing changes until you confirm."));
        }
        return box;
    }

    private VerticalLayout adherence(List<AdherenceWeek> weeks) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        String summary = weeks.isEmpty()
                ? "No weeks yet."
                : "Adherence per week: "
                        + weeks.stream()
                                .map(week -> "week of " + AlertRules.day(week.monday()) + " " + week.percent() + " %"
                                        + (week.full() ? "" : " (so far)"))
                                .collect(Collectors.joining(", "))
                        + ". Target " + AdherenceWeek.TARGET_PERCENT + " %.";
        Svg chart = new Svg(SvgCharts.adherence(weeks, summary));
        chart.setId("adherence-chart");
        Paragraph text = new Paragraph(summary);
        text.setId("adherence-summary");
        text.addClassName("fp-chart-summary");
        NativeTable table = new NativeTable();
        table.setId("adherence-table");
        headers(table, "Week of", "Sessions practised", "Sessions prescribed", "Adherence");
        for (var week : weeks) {
            cells(
                    table,
                    AlertRules.day(week.monday()) + (week.full() ? "" : " (so far)"),
                    String.valueOf(week.practised()),
                    String.valueOf(week.prescribed()),
                    week.percent() + " %");
        }
        section.add(chart, text, table);
        return section;
    }

    private VerticalLayout pain(PatientProgress progress) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        List<PainPoint> points = progress.pain();
        String baseline = progress.baseline()
                .map(base -> "Baseline " + base.value() + " (" + base.explanation() + ").")
                .orElse("No baseline yet: no intake pain and fewer than three ratings logged.");
        String summary = points.isEmpty()
                ? "No pain ratings logged yet. " + baseline
                : "Pain ratings: "
                        + points.stream()
                                .map(point -> AlertRules.day(point.day()) + " " + point.pain())
                                .collect(Collectors.joining(", "))
                        + ". Highest "
                        + points.stream().mapToInt(PainPoint::pain).max().orElse(0) + ", latest "
                        + points.getLast().pain() + ". " + baseline;
        Svg chart = new Svg(SvgCharts.pain(
                points, progress.baseline(), progress.programStart().orElseThrow(), LocalDate.now(clock), summary));
        chart.setId("pain-chart");
        Paragraph text = new Paragraph(summary);
        text.setId("pain-summary");
        text.addClassName("fp-chart-summary");
        section.add(chart, text);
        return section;
    }

    /** Her effort ratings in words: FloorPlan's own 0-10 rating, not a licensed scale. */
    private static Paragraph effort(List<EffortPoint> points) {
        String scale = "FloorPlan's own 0-10 effort rating, as she reads it: " + EffortRating.scale() + ".";
        Paragraph text = new Paragraph(
                points.isEmpty()
                        ? "No effort ratings logged yet. " + scale
                        : "Effort ratings: "
                                + points.stream()
                                        .map(point -> AlertRules.day(point.day()) + " " + point.effort())
                                        .collect(Collectors.joining(", "))
                                + ". Latest " + points.getLast().effort() + " ("
                                + EffortRating.word(points.getLast().effort()) + "). " + scale);
        text.setId("effort-summary");
        return text;
    }

    private static com.vaadin.flow.component.Component symptoms(List<SymptomEntry> entries) {
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph("No symptoms flagged since the program started.");
            none.setId("symptom-table");
            return none;
        }
        NativeTable table = new NativeTable();
        table.setId("symptom-table");
        headers(table, "Day", "Exercise", "Symptoms", "Her words");
        for (var entry : entries) {
            cells(
                    table,
                    AlertRules.day(entry.day()),
                    entry.exerciseName().orElse("Whole session"),
                    entry.flags().stream()
                            .sorted(Comparator.naturalOrder())
                            .filter(flag -> flag != SymptomFlag.OTHER
                                    || entry.otherText().isEmpty())
                            .map(AlertRules::label)
                            .collect(Collectors.joining(", ")),
                    entry.otherText().orElse(""));
        }
        return table;
    }

    private static void headers(NativeTable table, String... headers) {
        NativeTableRow row = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = row.addHeaderCell();
            cell.setText(header);
            cell.getStyle().set("text-align", "left").set("padding-right", "var(--lumo-space-m)");
        }
    }

    /** Text cells: her words are set as text, so they are escaped. */
    private static void cells(NativeTable table, String... values) {
        NativeTableRow row = table.getBody().addRow();
        for (String value : values) {
            NativeTableCell cell = row.addDataCell();
            cell.setText(value);
            cell.getStyle().set("padding-right", "var(--lumo-space-m)");
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
