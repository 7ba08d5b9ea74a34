/** PostgreSQL side of login throttling: failed login counts. */
@NullMarked
package app.floorplan.persistence.account.throttle;

import org.jspecify.annotations.NullMarked;
