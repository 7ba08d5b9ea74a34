package app.floorplan.ui.security;

import org.springframework.security.authentication.LockedException;

/** A login refused because its user name or address is locked; the person sees the wrong-password message. */
final class LoginThrottledException extends LockedException {
    LoginThrottledException() {
        super("too many failed logins");
    }
}
