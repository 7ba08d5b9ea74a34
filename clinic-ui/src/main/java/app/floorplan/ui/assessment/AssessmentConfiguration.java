package app.floorplan.ui.assessment;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.assessment.AssessmentRecords;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.AssessmentSettings;
import app.floorplan.core.assessment.ClinicAssessmentSettings;
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
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import(AssessmentSettings.class)
class AssessmentConfiguration {

    /**
     * Diastasis is judged by the limits each clinic's admin chose ([QU-2021] until then), IRD changes against
     * [KESHWANI-2016]'s between-rater error band where it applies, and pain changes against the NRS's minimal important
     * change of 2 points ([FARRAR-2001], [CHILDS-2005]). Every finding and comparison names its source.
     */
    @Bean
    AssessmentRecords assessmentRecords(
            AssessmentRepository assessments,
            PatientRepository patients,
            IntakeRepository intakes,
            AccountRepository accounts,
            ClinicAssessmentSettings settings,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        return new AssessmentRecords(
                assessments,
                patients,
                intakes,
                accounts,
                settings,
                IrdSmallestRealChange.KESHWANI_2016,
                NrsMinimalImportantDifference.DEFAULT,
                currentActor,
                audit,
                clock);
    }

    @Bean
    PatientTab assessmentTab(AssessmentRecords records) {
        // after the intake
        return PatientTab.of(20, "Assessments", patient -> new AssessmentHistoryPanel(patient, records));
    }
}
