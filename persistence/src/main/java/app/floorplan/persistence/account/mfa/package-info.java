/** PostgreSQL side of the second factor: enrolments, used codes, the clinic's MFA setting, and TOTP secrets sealed with a key kept outside the database. */
@NullMarked
package app.floorplan.persistence.account.mfa;

import org.jspecify.annotations.NullMarked;
