package app.floorplan.ui.assessment;

import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/** Cells of the read-only tables (versions, comparison): text only, left-aligned, with room between columns. */
final class TableCells {

    private static final String PADDING = "var(--lumo-space-xs) var(--lumo-space-m) var(--lumo-space-xs) 0";

    private TableCells() {}

    static NativeTableHeaderCell header(NativeTableRow row, String text) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getStyle()
                .set("text-align", "left")
                .set("vertical-align", "bottom")
                .set("padding", PADDING);
        return cell;
    }

    static NativeTableCell data(NativeTableRow row, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        cell.getStyle().set("vertical-align", "top").set("padding", PADDING);
        return cell;
    }
}
