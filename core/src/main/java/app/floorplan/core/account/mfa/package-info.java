/** The second factor: authenticator (TOTP) enrolment, one-time and recovery codes, and the clinic's MFA requirement. */
@NullMarked
package app.floorplan.core.account.mfa;

import org.jspecify.annotations.NullMarked;
