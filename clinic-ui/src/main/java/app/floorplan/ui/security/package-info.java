/**
 * Signing in to the clinic application: the login and second-factor views, the sign-in stages, throttling, sessions
 * and the web security set-up they run in.
 */
@NullMarked
package app.floorplan.ui.security;

import org.jspecify.annotations.NullMarked;
