package app.floorplan.ui.questionnaire;

import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.questionnaire.AssignmentRepository;
import app.floorplan.core.questionnaire.MyQuestionnaires;
import app.floorplan.core.questionnaire.QuestionnaireRecords;
import app.floorplan.core.questionnaire.ResponseRepository;
import app.floorplan.ui.patient.PatientTab;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class QuestionnaireConfiguration {

    @Bean
    QuestionnaireRecords questionnaireRecords(
            AssignmentRepository assignments,
            ResponseRepository responses,
            PatientRepository patients,
            ClinicCalendar calendar,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new QuestionnaireRecords(assignments, responses, patients, calendar, currentActor, audit);
    }

    @Bean
    MyQuestionnaires myQuestionnaires(
            AssignmentRepository assignments,
            ResponseRepository responses,
            PatientRepository patients,
            ClinicCalendar calendar,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new MyQuestionnaires(assignments, responses, patients, calendar, currentActor, audit);
    }

    @Bean
    PatientTab questionnairesTab(QuestionnaireRecords records, ClinicCalendar calendar) {
        return new QuestionnairesTab(records, calendar);
    }
}
