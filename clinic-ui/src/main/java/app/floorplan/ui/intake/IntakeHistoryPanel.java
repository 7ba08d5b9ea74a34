package app.floorplan.ui.intake;

import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeHistory;
import app.floorplan.core.intake.StaffNames;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Read-only history of the intake: every version with who recorded it, when and why, newest first. Nothing here can be
 * edited: a correction is a new version. The outcomes of its red flags show in the red-flag panel above the form.
 */
final class IntakeHistoryPanel extends VerticalLayout {

    private final ZoneId zone;
    private final Grid<Intake> versions = new Grid<>();
    private StaffNames staff = new StaffNames(Map.of());

    IntakeHistoryPanel(ZoneId zone) {
        this.zone = zone;
        setPadding(false);
        versions.setId("intake-versions");
        versions.setAllRowsVisible(true);
        versions.addThemeVariants(GridVariant.LUMO_COMPACT);
        versions.addColumn(intake -> intake.revision().number())
                .setHeader("Version")
                .setAutoWidth(true);
        versions.addColumn(intake -> intake.revision().replaced() ? "Replaced" : "Current")
                .setHeader("Status")
                .setAutoWidth(true);
        versions.addColumn(intake -> IntakeText.dateTime(intake.revision().recordedAt(), zone))
                .setHeader("Recorded")
                .setAutoWidth(true);
        versions.addColumn(intake -> staff.of(intake.revision().author()))
                .setHeader("By")
                .setAutoWidth(true);
        versions.addColumn(intake -> intake.revision().reason().orElse("First recording"))
                .setHeader("Reason")
                .setFlexGrow(1);
        add(new H3("Versions"), versions);
        setVisible(false);
    }

    void show(IntakeHistory history) {
        staff = history.staff();
        List<Intake> newestFirst = history.versions().reversed();
        versions.setItems(newestFirst);
        setVisible(!newestFirst.isEmpty());
    }
}
