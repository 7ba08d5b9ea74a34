package app.floorplan.ui.program;

import app.floorplan.core.export.PaperSize;
import app.floorplan.core.export.PlanDocuments;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.suggestion.ProgramPlanning;
import app.floorplan.ui.patient.PatientTab;
import com.vaadin.flow.component.Component;
import java.time.ZoneId;

/** The patient's home program as a tab of the patient page, after the assessments. */
final class ProgramTab implements PatientTab {

    private final HomePrograms programs;
    private final ProgramPlanning planning;
    private final PlanDocuments documents;
    private final PaperSize paper;
    private final ZoneId zone;

    ProgramTab(HomePrograms programs, ProgramPlanning planning, PlanDocuments documents, PaperSize paper, ZoneId zone) {
        this.programs = programs;
        this.planning = planning;
        this.documents = documents;
        this.paper = paper;
        this.zone = zone;
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
        return new ProgramOverviewPanel(patient, programs, planning, documents, paper, zone);
    }
}
