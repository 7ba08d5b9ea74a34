package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentComparison;
import app.floorplan.core.assessment.Direction;
import app.floorplan.core.assessment.MeasureChange;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.ZoneId;
import java.util.List;

/**
 * Two visits side by side, the earlier on the left (with their times when both are on the same day), one row per
 * measured value: both values, the change marked improved or worse, and how it compares with the measurement error or
 * the minimal important change, naming the source; values that cannot be subtracted or were not tested say why.
 */
final class ComparisonTable extends NativeTable {

    /** @param zone the clinic's time zone, for the times of two visits on the same day */
    ComparisonTable(AssessmentComparison comparison, ZoneId zone) {
        setId("comparison-table");
        setWidthFull();
        NativeTableRow head = getHead().addRow();
        List.of(
                        "Measure",
                        AssessmentText.visit(comparison.earlier(), comparison.sameDay(), zone),
                        AssessmentText.visit(comparison.later(), comparison.sameDay(), zone),
                        "Change",
                        "Note")
                .forEach(title -> TableCells.header(head, title));
        comparison.changes().forEach(this::addRow);
        if (comparison.changes().isEmpty()) {
            NativeTableCell none = TableCells.data(
                    getBody().addRow(),
                    "Neither visit measured a value that can be compared (IRD, Oxford / PERFECT, ASLR, pain).");
            none.setColspan(5);
        }
    }

    private void addRow(MeasureChange change) {
        NativeTableRow row = getBody().addRow();
        TableCells.data(row, change.measure().label());
        switch (change) {
            case MeasureChange.Numeric numeric -> {
                TableCells.data(row, AssessmentText.value(numeric, numeric.earlier()));
                TableCells.data(row, AssessmentText.value(numeric, numeric.later()));
                marked(TableCells.data(row, AssessmentText.difference(numeric)), numeric.direction());
                TableCells.data(row, AssessmentText.size(numeric));
            }
            case MeasureChange.YesNo yesNo -> {
                TableCells.data(row, AssessmentText.yesNo(yesNo.earlier()));
                TableCells.data(row, AssessmentText.yesNo(yesNo.later()));
                marked(TableCells.data(row, yesNo.direction().label()), yesNo.direction());
                TableCells.data(row, "");
            }
            case MeasureChange.Category category -> {
                TableCells.data(row, category.earlier());
                TableCells.data(row, category.later());
                marked(TableCells.data(row, category.direction().label()), category.direction());
                TableCells.data(row, "");
            }
            case MeasureChange.NotComparable notComparable -> {
                TableCells.data(row, "Not comparable").setColspan(3);
                TableCells.data(row, notComparable.reason());
            }
        }
    }

    /** The direction in colour too; the words already say it, so it never depends on colour alone. */
    private static void marked(NativeTableCell cell, Direction direction) {
        switch (direction) {
            case IMPROVED -> cell.getStyle().set("color", "var(--lumo-success-text-color)");
            case WORSE -> cell.getStyle().set("color", "var(--lumo-error-text-color)");
            case UNCHANGED, CHANGED -> cell.getStyle().set("color", "var(--lumo-secondary-text-color)");
        }
        cell.getStyle().set("font-weight", "600");
    }
}
