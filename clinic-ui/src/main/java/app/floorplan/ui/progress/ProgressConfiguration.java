package app.floorplan.ui.progress;

import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.outcome.OutcomeTimelines;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.progress.AlertAcknowledgementRepository;
import app.floorplan.core.progress.AlertRules;
import app.floorplan.core.progress.PracticeAlerts;
import app.floorplan.core.progress.PracticeRoster;
import app.floorplan.core.progress.ProgressReports;
import app.floorplan.core.questionnaire.SelfHarmAnswers;
import app.floorplan.ui.patient.PatientTab;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import({ProgressReports.class, AlertsNavigation.class})
class ProgressConfiguration {

    /** {@code floorplan.alerts.inactive-days}: days without a log before the PT is alerted (a clinic setting, 7 by default). */
    @Bean
    PracticeAlerts practiceAlerts(
            PracticeRoster roster,
            SelfHarmAnswers selfHarmAnswers,
            PracticeLogRepository practice,
            AlertAcknowledgementRepository acknowledgements,
            PatientRepository patients,
            ExerciseLookup exercises,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock,
            @Value("${floorplan.alerts.inactive-days:" + AlertRules.DEFAULT_INACTIVE_DAYS + "}") int inactiveDays) {
        return new PracticeAlerts(
                roster,
                selfHarmAnswers,
                practice,
                acknowledgements,
                patients,
                exercises,
                new AlertRules(inactiveDays),
                currentActor,
                audit,
                clock);
    }

    @Bean
    PatientTab progressTab(ProgressReports reports, OutcomeTimelines timelines, Clock clock) {
        return new ProgressTab(reports, timelines, clock);
    }
}
