package app.floorplan.ui.security;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * How far a login has come. A person with a correct password who still owes a code (or must first enrol an
 * authenticator app) holds only the matching restricted authority and no role, so every role-protected view and use
 * case refuses them until the login is complete.
 */
public enum SignInStage {
    COMPLETE(""),
    CODE_PENDING("MFA_PENDING"),
    ENROLMENT_PENDING("MFA_ENROLMENT_PENDING");

    private final String authority;

    SignInStage(String authority) {
        this.authority = authority;
    }

    GrantedAuthority authority() {
        return new SimpleGrantedAuthority(authority);
    }

    public static SignInStage of(@Nullable Authentication authentication) {
        if (authentication == null) {
            return COMPLETE;
        }
        return Arrays.stream(values())
                .filter(stage -> stage != COMPLETE)
                .filter(stage -> authentication.getAuthorities().stream()
                        .anyMatch(a -> stage.authority.equals(a.getAuthority())))
                .findFirst()
                .orElse(COMPLETE);
    }
}
