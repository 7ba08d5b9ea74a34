package app.floorplan.ui.security;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Every login attempt and every logout lands in the audit trail; the typed user name does not (it may be a mistyped password). */
@Component
class LoginAudit {

    private final AuditTrail audit;

    LoginAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof FloorPlanUser user) {
            audit.record(user.actor(), AuditAction.LOGIN_SUCCEEDED);
        }
    }

    /** Spring Security's logout publishes this for the form POST and for Vaadin's {@code AuthenticationContext.logout}. */
    @EventListener
    void loggedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof FloorPlanUser user) {
            audit.record(user.actor(), AuditAction.LOGOUT);
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof LoginThrottledException) {
            return; // audited as LOGIN_THROTTLED where it is refused
        }
        if (event.getException() instanceof LoginUnavailableException) {
            return; // the password was not checked, and the audit trail is in the database that cannot be reached
        }
        audit.recordAnonymous(AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE);
    }
}
