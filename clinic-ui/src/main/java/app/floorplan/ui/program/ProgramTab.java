package app.floorplan.ui.program;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.ui.patient.PatientTab;
import com.vaadin.flow.component.Component;

/** The patient's home program as a tab of the patient page, after the assessments. */
final class ProgramTab implements PatientTab {

    private final HomePrograms programs;
    private final ProgramSupport support;

    ProgramTab(HomePrograms programs, ProgramSupport support) {
        this.programs = programs;
        this.support = support;
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
        return new ProgramOverviewPanel(patient, programs, support);
    }
}
