package app.floorplan.ui.security;

import app.floorplan.core.account.mfa.MultiFactor;
import app.floorplan.core.account.throttle.LoginThrottle;
import app.floorplan.core.account.throttle.ThrottleKey;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Finishes a login that owed a second factor. Wrong codes count against the user name and the address like wrong
 * passwords, so six digits cannot be guessed by brute force (ASVS 6.3.1); a finished login gets a new session id.
 */
public class SecondFactorStep {

    public enum Outcome {
        ACCEPTED,
        REFUSED
    }

    private final MultiFactor multiFactor;
    private final LoginThrottle throttle;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorStep(MultiFactor multiFactor, LoginThrottle throttle) {
        this.multiFactor = multiFactor;
        this.throttle = throttle;
    }

    public SignInStage stage() {
        return SignInStage.of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Checks a typed authenticator or recovery code; a locked login gets the same answer as a wrong code. */
    public Outcome submitCode(String typed, HttpServletRequest request, HttpServletResponse response) {
        FloorPlanUser user = pendingUser(SignInStage.CODE_PENDING);
        List<ThrottleKey> keys =
                List.of(ThrottleKey.forUsername(user.getUsername()), ThrottleKey.forAddress(request.getRemoteAddr()));
        if (throttle.isLocked(keys)) {
            return Outcome.REFUSED;
        }
        if (!multiFactor.verifyLoginCode(typed)) {
            throttle.failed(keys);
            return Outcome.REFUSED;
        }
        throttle.succeeded(keys.getFirst());
        complete(user, request, response);
        return Outcome.ACCEPTED;
    }

    /** After the enrolment the clinic required: the login is now complete. */
    public void enrolmentDone(HttpServletRequest request, HttpServletResponse response) {
        complete(pendingUser(SignInStage.ENROLMENT_PENDING), request, response);
    }

    private FloorPlanUser pendingUser(SignInStage expected) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (SignInStage.of(authentication) != expected
                || !(authentication.getPrincipal() instanceof FloorPlanUser user)) {
            throw new IllegalStateException("no login waiting for this step");
        }
        return user;
    }

    private void complete(FloorPlanUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }
}
