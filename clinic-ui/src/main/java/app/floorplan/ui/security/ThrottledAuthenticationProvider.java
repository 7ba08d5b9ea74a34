package app.floorplan.ui.security;

import app.floorplan.core.account.mfa.SecondFactor;
import app.floorplan.core.account.mfa.SecondFactorDue;
import app.floorplan.core.account.throttle.LoginThrottle;
import app.floorplan.core.account.throttle.ThrottleKey;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditOutcome;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.ui.database.DatabaseUnreachable;
import java.util.List;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password step of the login. Refuses while the typed user name or the source address is locked (ASVS 6.3.1),
 * counts failures against both, and leaves a person who owes a second factor with a restricted login only.
 *
 * <p>Every path costs one password hash comparison and ends in the same message, so the answer tells nothing about
 * whether the name exists, is disabled or is locked (ASVS 6.3.8): Spring's {@link DaoAuthenticationProvider} compares
 * against a dummy hash for unknown names; the disabled check runs only after the password comparison; a locked name
 * pays for a comparison too.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final String UNKNOWN_ADDRESS = "unknown";

    private final DaoAuthenticationProvider passwords;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final SecondFactorDue secondFactorDue;
    private final AuditTrail audit;
    private final String dummyHash;

    ThrottledAuthenticationProvider(
            UserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            SecondFactorDue secondFactorDue,
            AuditTrail audit) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.encoder = encoder;
        this.throttle = throttle;
        this.secondFactorDue = secondFactorDue;
        this.audit = audit;
        this.dummyHash = encoder.encode("a password nobody has");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        try {
            return checkPassword(attempt);
        } catch (RuntimeException failure) {
            if (DatabaseUnreachable.causedBy(failure)) {
                throw new LoginUnavailableException(failure);
            }
            throw failure;
        }
    }

    private Authentication checkPassword(Authentication attempt) {
        List<ThrottleKey> keys =
                List.of(ThrottleKey.forUsername(attempt.getName()), ThrottleKey.forAddress(addressOf(attempt)));
        if (throttle.isLocked(keys)) {
            encoder.matches(String.valueOf(attempt.getCredentials()), dummyHash);
            audit.recordAnonymous(AuditAction.LOGIN_THROTTLED, AuditOutcome.DENIED);
            throw new LoginThrottledException();
        }
        Authentication passed;
        try {
            passed = passwords.authenticate(attempt);
        } catch (AuthenticationException refused) {
            throttle.failed(keys);
            throw refused;
        }
        throttle.succeeded(keys.getFirst());
        FloorPlanUser user = (FloorPlanUser) passed.getPrincipal();
        SecondFactor owed = secondFactorDue.afterPassword(user.actor());
        return switch (owed) {
            case NONE -> passed;
            case CODE -> restricted(user, SignInStage.CODE_PENDING);
            case ENROLMENT -> restricted(user, SignInStage.ENROLMENT_PENDING);
        };
    }

    private static Authentication restricted(FloorPlanUser user, SignInStage stage) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(stage.authority()));
    }

    private static String addressOf(Authentication attempt) {
        if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return UNKNOWN_ADDRESS;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
