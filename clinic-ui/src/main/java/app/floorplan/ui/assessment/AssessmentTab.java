package app.floorplan.ui.assessment;

import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.identity.PatientId;
import app.floorplan.ui.patient.PatientTab;
import com.vaadin.flow.component.Component;

/** The patient's assessments as a tab of the patient page, after the intake. */
final class AssessmentTab implements PatientTab {

    private final AssessmentRecords records;

    AssessmentTab(AssessmentRecords records) {
        this.records = records;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String label() {
        return "Assessments";
    }

    @Override
    public Component content(PatientId patient) {
        return new AssessmentHistoryPanel(patient, records);
    }
}
