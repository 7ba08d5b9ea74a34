/** The security feature in the clinic application. */
@NullMarked
package app.floorplan.ui.security;

import org.jspecify.annotations.NullMarked;
