package app.floorplan.ui.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the login page after a refused login: {@code ?error} for every refusal (one message whatever the reason,
 * ASVS 6.3.8), {@code ?unavailable} when the password could not be checked at all because the database cannot be
 * reached.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler("/login?error");
    private final AuthenticationFailureHandler unavailable =
            new SimpleUrlAuthenticationFailureHandler("/login?unavailable");

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        (exception instanceof LoginUnavailableException ? unavailable : refused)
                .onAuthenticationFailure(request, response, exception);
    }
}
