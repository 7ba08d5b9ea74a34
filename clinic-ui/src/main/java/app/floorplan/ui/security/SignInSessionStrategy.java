package app.floorplan.ui.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * Runs at every successful password step, next to Spring's session-id change (fixation protection): gives the
 * session its role's idle timeout, notes when the login started (for the absolute lifetime) and names the account,
 * so an admin can end its sessions.
 */
class SignInSessionStrategy implements SessionAuthenticationStrategy {

    static final String SIGNED_IN_AT = SignInSessionStrategy.class.getName() + ".signedInAt";

    private final SessionProperties properties;
    private final Clock clock;

    SignInSessionStrategy(SessionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void onAuthentication(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        if (!(authentication.getPrincipal() instanceof FloorPlanUser user)) {
            return;
        }
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(
                (int) properties.idleTimeoutFor(user.actor().role()).toSeconds());
        session.setAttribute(SIGNED_IN_AT, clock.instant());
        session.setAttribute(OpenSessions.ACCOUNT, user.actor().accountId());
    }
}
