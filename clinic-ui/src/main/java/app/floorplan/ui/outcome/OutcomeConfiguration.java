package app.floorplan.ui.outcome;

import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.outcome.OutcomeTimelines;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.questionnaire.ResponseRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OutcomeConfiguration {

    @Bean
    OutcomeTimelines outcomeTimelines(
            PatientRepository patients,
            ResponseRepository responses,
            AssessmentRepository assessments,
            IntakeRepository intakes,
            HomeProgramRepository programs,
            PracticeLogRepository practice,
            ClinicCalendar calendar,
            CurrentActor currentActor,
            AuditTrail audit) {
        return new OutcomeTimelines(
                patients, responses, assessments, intakes, programs, practice, calendar, currentActor, audit);
    }
}
