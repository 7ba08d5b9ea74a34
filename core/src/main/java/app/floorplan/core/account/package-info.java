/** Staff and patient login accounts: usernames, stored password hashes, status and the directory an administrator manages. */
@NullMarked
package app.floorplan.core.account;

import org.jspecify.annotations.NullMarked;
