package app.floorplan.ui.program;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.program.ProgramDiff;
import app.floorplan.core.suggestion.PlanningAids;
import app.floorplan.core.suggestion.ProgramPlanning;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Every version of a patient's program (number, date, author, reason) and what changed between any two of them, in
 * readable lines with the exercises' names. Read-only: versions are never changed.
 */
final class ProgramHistoryPanel extends VerticalLayout {

    private final HomeProgram program;
    private final ProgramPlanning planning;
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final UnorderedList diff = new UnorderedList();

    /**
     * @param staff the clinic's staff by name ({@link PlanningAids#staffNames()} or {@link ProgramPlanning#staffNames()})
     */
    ProgramHistoryPanel(HomeProgram program, ProgramPlanning planning, Map<AccountId, String> staff, ZoneId zone) {
        this.program = program;
        this.planning = planning;
        setPadding(false);
        setId("program-history");
        NativeTable table = new NativeTable();
        table.setId("program-versions");
        NativeTableRow head = table.getHead().addRow();
        List.of("Version", "Date", "Prescribed by", "Reason").forEach(title -> {
            var cell = head.addHeaderCell();
            cell.setText(title);
            cell.getStyle().set("text-align", "left").set("padding-right", "var(--lumo-space-m)");
        });
        for (HomeProgramVersion version : program.versions().reversed()) {
            NativeTableRow row = table.getBody().addRow();
            cell(row, String.valueOf(version.number()) + (version == program.current() ? " (current)" : ""));
            cell(row, ProgramText.when(version.createdAt(), zone));
            cell(row, staff.getOrDefault(version.author(), "Unknown author"));
            cell(
                    row,
                    version.reason()
                            .map(reason -> reason + (version.reasonVisibleToPatient() ? " (shown to the patient)" : ""))
                            .orElse(version.number() == 1 ? "First program" : ""));
        }
        add(new H3("Versions"), table);

        if (program.versions().size() > 1) {
            List<Integer> numbers =
                    IntStream.rangeClosed(1, program.versions().size()).boxed().toList();
            from.setLabel("Compare version");
            from.setId("diff-from");
            from.setItems(numbers);
            to.setLabel("with version");
            to.setId("diff-to");
            to.setItems(numbers);
            from.setValue(program.current().number() - 1);
            to.setValue(program.current().number());
            from.addValueChangeListener(e -> showDiff());
            to.addValueChangeListener(e -> showDiff());
            diff.setId("program-diff");
            add(new H3("What changed"), new HorizontalLayout(from, to), diff);
            showDiff();
        }
    }

    private void showDiff() {
        diff.removeAll();
        Integer earlier = from.getValue();
        Integer later = to.getValue();
        if (earlier == null || later == null) {
            return;
        }
        var lines = ProgramDiff.between(
                        program.version(earlier).orElseThrow(),
                        program.version(later).orElseThrow())
                .lines(id -> planning.exerciseName(id).orElse(ProgramText.UNKNOWN_EXERCISE));
        if (lines.isEmpty()) {
            diff.add(new ListItem("No differences."));
        }
        lines.forEach(line -> diff.add(new ListItem(line)));
    }

    private static void cell(NativeTableRow row, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        cell.getStyle().set("vertical-align", "top").set("padding-right", "var(--lumo-space-m)");
    }
}
