package app.floorplan.ui.patient;

import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.patient.PatientList;
import app.floorplan.core.patient.PatientRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PatientConfiguration {

    @Bean
    PatientList patientList(PatientRepository patients, CurrentActor currentActor, AuditTrail audit) {
        return new PatientList(patients, currentActor, audit);
    }
}
