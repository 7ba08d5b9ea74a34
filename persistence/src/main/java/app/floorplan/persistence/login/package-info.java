/** PostgreSQL side of login and activation links: token hashes, lifetimes and redemption. */
@NullMarked
package app.floorplan.persistence.login;

import org.jspecify.annotations.NullMarked;
