package app.floorplan.ui.security;

import app.floorplan.core.identity.Role;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code floorplan.security.session.*}: automatic log-off (OWASP ASVS 5.0 7.3.1 idle timeout, 7.3.2 absolute
 * lifetime; HIPAA 164.312(a)(2)(iii) automatic logoff). Staff see many patients' records, so their idle limit is
 * shorter than a patient's.
 */
@ConfigurationProperties("floorplan.security.session")
public record SessionProperties(
        @DefaultValue("15m") Duration staffIdleTimeout,
        @DefaultValue("30m") Duration patientIdleTimeout,
        @DefaultValue("12h") Duration absoluteLifetime,
        @DefaultValue("60s") Duration warningBefore) {

    public Duration idleTimeoutFor(Role role) {
        return role == Role.PATIENT ? patientIdleTimeout : staffIdleTimeout;
    }
}
