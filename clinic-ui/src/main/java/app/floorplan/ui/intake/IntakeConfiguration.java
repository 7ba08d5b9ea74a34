package app.floorplan.ui.intake;

import app.floorplan.core.intake.IntakeRecords;
import app.floorplan.ui.patient.PatientTab;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

@Configuration(proxyBeanMethods = false)
@Import(IntakeRecords.class)
class IntakeConfiguration {

    @Bean
    PatientTab intakeTab(IntakeRecords intakeRecords, Clock clock) {
        // right after the overview
        return PatientTab.of(10, "Intake", patient -> new IntakeSummaryPanel(patient, intakeRecords, clock));
    }
}
