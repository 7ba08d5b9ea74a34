package app.floorplan.ui.program;

import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.suggestion.ProgramPlanning;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.Optional;

/** The current program at a glance on the patient page, its versions, and the way into the editor. */
final class ProgramOverviewPanel extends VerticalLayout {

    ProgramOverviewPanel(
            PatientId patient,
            HomePrograms programs,
            ProgramPlanning planning,
            PlanDocuments documents,
            PaperSize paper,
            ZoneId zone) {
        setPadding(false);
        setId("program-overview");
        Optional<HomeProgram> program = programs.current(patient);
        Button open = new Button(
                program.isPresent() ? "Edit the program" : "Build a program",
                VaadinIcon.EDIT.create(),
                e -> getUI().ifPresent(
                                ui -> ui.navigate(ProgramEditorView.class, ProgramEditorView.parameters(patient))));
        open.setId("open-program-editor");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(open);
        if (program.isEmpty()) {
            Div empty = new Div("No home program yet. Build one from the findings' suggestions or from the library.");
            empty.setId("program-empty-state");
            empty.addClassName("fp-empty-state");
            add(empty);
            return;
        }
        ProgramContent content = program.get().current().content();
        add(new Paragraph("Phase " + ProgramText.phase(content.phase()) + " · version "
                + program.get().current().number()));
        OrderedList items = new OrderedList();
        items.setId("program-current-items");
        for (ProgramItem item : content.items()) {
            items.add(new ListItem(planning.exerciseName(item.exercise()).orElse(ProgramText.UNKNOWN_EXERCISE) + ": "
                    + ProgramText.dosage(item.dosage())));
        }
        add(items, new PlanPdfDownload(patient, program.get().current().number(), documents, paper));
        add(new ProgramHistoryPanel(program.get(), planning, planning.staffNames(), zone));
    }
}
