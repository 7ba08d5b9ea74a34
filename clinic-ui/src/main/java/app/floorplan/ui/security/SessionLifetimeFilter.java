package app.floorplan.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a login after its absolute lifetime however active it was (OWASP ASVS 5.0 7.3.2). Runs before the security
 * context is read, so the request continues as an anonymous one and is sent to the login like any other.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    private final SessionProperties properties;
    private final Clock clock;

    SessionLifetimeFilter(SessionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SignInSessionStrategy.SIGNED_IN_AT) instanceof Instant signedIn
                && !clock.instant().isBefore(signedIn.plus(properties.absoluteLifetime()))) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
