package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.assessment.AssessmentSummary;
import app.floorplan.core.identity.PatientId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.List;

/**
 * A patient's assessments, newest first, with the therapist and the key findings; opens one, starts a new one, or
 * compares two picked ones side by side.
 */
public class AssessmentHistoryPanel extends VerticalLayout {

    private final PatientId patientId;
    private final Grid<AssessmentSummary> grid = new Grid<>();
    private final Button compare = new Button("Compare the two selected", VaadinIcon.SPLIT_H.create());

    public AssessmentHistoryPanel(PatientId patientId, AssessmentRecords records) {
        this.patientId = patientId;
        setPadding(false);
        setId("assessment-history");
        List<AssessmentSummary> assessments = records.listFor(patientId);

        Button newAssessment = new Button("New assessment", VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui ->
                ui.navigate(AssessmentView.class, new RouteParameters("patientId", patientId.toString()))));
        newAssessment.setId("new-assessment");
        newAssessment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.setId("compare-assessments");
        compare.setEnabled(false);
        compare.addClickListener(e -> compareSelected());
        add(new HorizontalLayout(newAssessment, compare));

        if (assessments.isEmpty()) {
            Div empty = new Div("No assessment yet. Assess breathing, deep core, pelvic floor and diastasis recti to"
                    + " see findings here.");
            empty.setId("assessment-empty-state");
            empty.addClassName("fp-empty-state");
            compare.setVisible(false);
            add(empty);
            return;
        }
        grid.setId("assessment-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(this::openLink)
                .setHeader("Visit")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AssessmentSummary::therapistName).setHeader("Therapist").setAutoWidth(true);
        grid.addColumn(AssessmentText::keyValues).setHeader("Key values").setFlexGrow(2);
        grid.addColumn(summary -> AssessmentText.findingKinds(summary.findings()))
                .setHeader("Findings")
                .setFlexGrow(2);
        grid.addColumn(summary -> summary.revision() > 1 ? "Corrected (version " + summary.revision() + ")" : "")
                .setHeader("Versions")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(assessments);
        grid.addSelectionListener(
                e -> compare.setEnabled(e.getAllSelectedItems().size() == 2));
        add(grid);
    }

    private RouterLink openLink(AssessmentSummary summary) {
        return new RouterLink(
                AssessmentText.date(summary.date()),
                RecordedAssessmentView.class,
                RecordedAssessmentView.parameters(patientId, summary.id()));
    }

    private void compareSelected() {
        List<AssessmentSummary> picked = grid.getSelectedItems().stream()
                .sorted(Comparator.comparing(AssessmentSummary::date))
                .toList();
        if (picked.size() != 2) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(
                AssessmentComparisonView.class,
                new RouteParameters("patientId", patientId.toString()),
                AssessmentComparisonView.query(
                        picked.getFirst().id(), picked.getLast().id())));
    }
}
