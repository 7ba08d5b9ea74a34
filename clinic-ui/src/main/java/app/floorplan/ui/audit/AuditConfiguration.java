package app.floorplan.ui.audit;

import app.floorplan.core.audit.AuditChainCheck;
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
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
@Import({AuditChainCheck.class, AuditReview.class})
class AuditConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** A bean method, not an import: the trail has a second constructor (for tools without a request) for Spring to skip. */
    @Bean
    AuditTrail auditTrail(AuditLog log, Clock clock, RequestOrigin origin) {
        return new AuditTrail(log, clock, origin);
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
