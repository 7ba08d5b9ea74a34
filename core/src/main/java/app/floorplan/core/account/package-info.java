/** Login accounts, roles and the current user. */
@NullMarked
package app.floorplan.core.account;

import org.jspecify.annotations.NullMarked;
