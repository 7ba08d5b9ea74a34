package app.floorplan.ui.audit;

import app.floorplan.core.audit.AuditChainCheck;
import app.floorplan.core.audit.AuditHistory;
import app.floorplan.core.audit.AuditLog;
import app.floorplan.core.audit.AuditReview;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.audit.RequestOrigin;
import app.floorplan.core.identity.CurrentActor;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    AuditTrail auditTrail(AuditLog log, Clock clock, RequestOrigin origin) {
        return new AuditTrail(log, clock, origin);
    }

    @Bean
    AuditChainCheck auditChainCheck(AuditHistory history) {
        return new AuditChainCheck(history);
    }

    @Bean
    AuditReview auditReview(
            AuditHistory history, AuditChainCheck chainCheck, CurrentActor currentActor, AuditTrail audit) {
        return new AuditReview(history, chainCheck, currentActor, audit);
    }

    /** Infrastructure like method security itself, so it wraps every use case; its collaborators come lazily. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DeniedAccessAudit deniedAccessAudit(
            ObjectProvider<AuditTrail> audit,
            ObjectProvider<CurrentActor> currentActor,
            ObjectProvider<PlatformTransactionManager> transactions) {
        return new DeniedAccessAudit(audit, currentActor, transactions);
    }
}
