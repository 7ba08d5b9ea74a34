/** The login-link feature in the clinic application: patient logins, activation, reset and the links' delivery. */
@NullMarked
package app.floorplan.ui.login;

import org.jspecify.annotations.NullMarked;
