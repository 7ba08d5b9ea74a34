package app.floorplan.ui.portal;

import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.portal.MyPlan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

    @Bean
    MyPlan myPlan(PatientRepository patients, CurrentActor currentActor, AuditTrail audit) {
        return new MyPlan(patients, currentActor, audit);
    }
}
