/** PostgreSQL side of login accounts. */
@NullMarked
package app.floorplan.persistence.account;

import org.jspecify.annotations.NullMarked;
