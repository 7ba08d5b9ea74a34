package app.floorplan.ui.program;

import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.ui.patient.PatientTab;
import com.vaadin.flow.component.Component;

/** The patient's home program as a tab of the patient page, after the assessments. */
final class ProgramTab implements PatientTab {

    private final HomePrograms programs;
    private final ProgramSupport support;
    private final PlanDocuments documents;
    private final PaperSize paper;

    ProgramTab(HomePrograms programs, ProgramSupport support, PlanDocuments documents, PaperSize paper) {
        this.programs = programs;
        this.support = support;
        this.documents = documents;
        this.paper = paper;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String label() {
        return "Program";
    }

    @Override
    public Component content(PatientId patient) {
        return new ProgramOverviewPanel(patient, programs, support, documents, paper);
    }
}
