package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentVersion;
import app.floorplan.core.record.Revision;
import app.floorplan.ui.form.ClinicDates;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;

/** Every version of an assessment, read-only: who signed which version when and why; replaced ones stay listed. */
final class VersionHistory extends VerticalLayout {

    VersionHistory(List<AssessmentVersion> versions, ZoneId zone) {
        setPadding(false);
        NativeTable table = new NativeTable();
        table.setId("assessment-versions");
        NativeTableRow head = table.getHead().addRow();
        List.of("Version", "Visit date", "Signed by", "Recorded", "Reason", "Status")
                .forEach(title -> TableCells.header(head, title));
        for (AssessmentVersion version : versions) {
            Revision revision = version.assessment().revision();
            NativeTableRow row = table.getBody().addRow();
            TableCells.data(row, String.valueOf(revision.number()));
            TableCells.data(row, AssessmentText.date(version.assessment().date()));
            TableCells.data(row, version.authorName());
            TableCells.data(row, ClinicDates.dateTime(revision.recordedAt(), zone));
            TableCells.data(row, revision.reason().orElse("First recording"));
            TableCells.data(row, revision.replaced() ? "Replaced by version " + (revision.number() + 1) : "Current");
        }
        add(new H3("Versions"), table);
    }
}
