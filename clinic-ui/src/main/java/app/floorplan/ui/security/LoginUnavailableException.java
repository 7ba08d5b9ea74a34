package app.floorplan.ui.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The password could not be checked because the database cannot be reached. Not a failed attempt: nothing is counted
 * or audited (both need the database), and the login page says what happened instead of "wrong password".
 */
class LoginUnavailableException extends AuthenticationServiceException {

    LoginUnavailableException(Throwable cause) {
        super("The database cannot be reached", cause);
    }
}
