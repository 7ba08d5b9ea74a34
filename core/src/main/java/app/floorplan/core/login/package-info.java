/**
 * Getting people in: one-time login links (activation of a new patient login, password reset), issued by the PT or
 * admin or requested by the person, delivered by hand, on paper or by e-mail, and redeemed by setting a password.
 */
@NullMarked
package app.floorplan.core.login;

import org.jspecify.annotations.NullMarked;
