package app.floorplan.ui.intake;

import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeHistory;
import app.floorplan.core.intake.StaffNames;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Read-only history of the intake: every version with who recorded it, when and why, newest first, and every referral
 * or clearance in the order it was recorded. Nothing here can be edited: a correction is a new version.
 */
final class IntakeHistoryPanel extends VerticalLayout {

    private final ZoneId zone;
    private final Grid<Intake> versions = new Grid<>();
    private final UnorderedList resolutions = new UnorderedList();
    private final Paragraph noResolutions = new Paragraph("No referral or clearance recorded.");
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
        resolutions.setId("red-flag-resolutions");
        add(new H3("Versions"), versions, new H3("Referrals and clearances"), noResolutions, resolutions);
        setVisible(false);
    }

    void show(IntakeHistory history) {
        staff = history.staff();
        List<Intake> newestFirst = history.versions().reversed();
        versions.setItems(newestFirst);
        resolutions.removeAll();
        // every version carries the resolutions recorded up to it, so the current one has them all
        List<ListItem> recorded = newestFirst.stream()
                .findFirst()
                .map(current -> current.redFlagResolutions().stream()
                        .map(resolution -> new ListItem(IntakeText.flags(resolution.resolvedFlags()) + " — "
                                + IntakeText.resolution(resolution, staff, zone)))
                        .toList())
                .orElse(List.of());
        recorded.forEach(resolutions::add);
        noResolutions.setVisible(recorded.isEmpty());
        setVisible(!newestFirst.isEmpty());
    }
}
