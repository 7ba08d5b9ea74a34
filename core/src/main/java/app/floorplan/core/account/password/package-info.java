/** Choosing and changing a password: the clinic's password policy, hashing and verification. */
@NullMarked
package app.floorplan.core.account.password;

import org.jspecify.annotations.NullMarked;
