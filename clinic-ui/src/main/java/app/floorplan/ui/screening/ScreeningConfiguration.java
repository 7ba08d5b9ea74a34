package app.floorplan.ui.screening;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.screening.RedFlagReview;
import app.floorplan.ui.patient.PatientTab;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ScreeningConfiguration {

    @Bean
    RedFlagReview redFlagReview(
            IntakeRepository intakes,
            AssessmentRepository assessments,
            PatientRepository patients,
            AccountRepository accounts,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        return new RedFlagReview(intakes, assessments, patients, accounts, currentActor, audit, clock);
    }

    @Bean
    PatientTab redFlagsTab(RedFlagReview review, Clock clock) {
        return new RedFlagsTab(review, clock);
    }
}
