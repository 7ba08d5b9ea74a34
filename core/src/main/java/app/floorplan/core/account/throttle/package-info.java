/** Slowing down password guessing: failed logins per account and address, and the lockout rules. */
@NullMarked
package app.floorplan.core.account.throttle;

import org.jspecify.annotations.NullMarked;
