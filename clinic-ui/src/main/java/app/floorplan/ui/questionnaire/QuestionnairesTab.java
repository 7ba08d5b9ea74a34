package app.floorplan.ui.questionnaire;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.questionnaire.QuestionnaireRecords;
import app.floorplan.ui.patient.PatientTab;
import com.vaadin.flow.component.Component;

/** The patient's questionnaires as a tab of the patient page, between the program and the progress. */
final class QuestionnairesTab implements PatientTab {

    private final QuestionnaireRecords records;
    private final ClinicCalendar calendar;

    QuestionnairesTab(QuestionnaireRecords records, ClinicCalendar calendar) {
        this.records = records;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public String label() {
        return "Questionnaires";
    }

    @Override
    public Component content(PatientId patient) {
        return new QuestionnairesPanel(patient, records, calendar);
    }
}
