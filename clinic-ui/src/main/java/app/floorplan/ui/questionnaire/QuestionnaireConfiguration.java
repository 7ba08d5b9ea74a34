package app.floorplan.ui.questionnaire;

import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.questionnaire.MyQuestionnaires;
import app.floorplan.core.questionnaire.QuestionnaireRecords;
import app.floorplan.ui.patient.PatientTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import({QuestionnaireRecords.class, MyQuestionnaires.class})
class QuestionnaireConfiguration {

    @Bean
    PatientTab questionnairesTab(QuestionnaireRecords records, ClinicCalendar calendar) {
        // between the program and the progress
        return PatientTab.of(35, "Questionnaires", patient -> new QuestionnairesPanel(patient, records, calendar));
    }
}
