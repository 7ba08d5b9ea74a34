package app.floorplan.ui.intake;

import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.intake.IntakeRecords;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.ui.patient.PatientTab;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    IntakeRecords intakeRecords(
            IntakeRepository intakes,
            PatientRepository patients,
            AccountRepository accounts,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        return new IntakeRecords(intakes, patients, accounts, currentActor, audit, clock);
    }

    @Bean
    PatientTab intakeTab(IntakeRecords intakeRecords, Clock clock) {
        return new IntakeTab(intakeRecords, clock);
    }
}
