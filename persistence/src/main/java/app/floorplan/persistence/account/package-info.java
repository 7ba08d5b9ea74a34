/** PostgreSQL side of the account feature. */
@NullMarked
package app.floorplan.persistence.account;

import org.jspecify.annotations.NullMarked;
