package app.floorplan.ui.patient;

import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.ClinicAssessmentSettings;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.overview.PatientOverviews;
import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientRegistry;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.program.HomeProgramRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PatientConfiguration {

    @Bean
    PatientRegistry patientRegistry(PatientRepository patients, CurrentActor currentActor, AuditTrail audit) {
        return new PatientRegistry(patients, currentActor, audit);
    }

    @Bean
    PatientOverviews patientOverviews(
            PatientRepository patients,
            IntakeRepository intakes,
            AssessmentRepository assessments,
            HomeProgramRepository programs,
            ClinicAssessmentSettings assessmentSettings,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        return new PatientOverviews(
                patients, intakes, assessments, programs, assessmentSettings, currentActor, audit, clock);
    }

    @Bean
    PatientList patientList(PatientRepository patients, CurrentActor currentActor, AuditTrail audit) {
        return new PatientList(patients, currentActor, audit);
    }
}
