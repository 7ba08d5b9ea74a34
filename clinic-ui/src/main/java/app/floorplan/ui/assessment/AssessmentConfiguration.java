package app.floorplan.ui.assessment;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.assessment.IrdSmallestRealChange;
import app.floorplan.core.assessment.NrsMinimalImportantDifference;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.ui.patient.PatientTab;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssessmentConfiguration {

    /**
     * Diastasis is judged by Qu 2022, IRD changes against the default smallest real change per method and pain changes
     * against the NRS's minimal clinically important difference of 2 points; a clinic that follows another source swaps
     * the constants here (every finding names its source).
     */
    @Bean
    AssessmentRecords assessmentRecords(
            AssessmentRepository assessments,
            PatientRepository patients,
            IntakeRepository intakes,
            AccountRepository accounts,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        return new AssessmentRecords(
                assessments,
                patients,
                intakes,
                accounts,
                DiastasisThresholds.DEFAULT,
                IrdSmallestRealChange.DEFAULT,
                NrsMinimalImportantDifference.DEFAULT,
                currentActor,
                audit,
                clock);
    }

    @Bean
    PatientTab assessmentTab(AssessmentRecords records) {
        return new AssessmentTab(records);
    }
}
