/** The portal feature in the clinic application. */
@NullMarked
package app.floorplan.ui.portal;

import org.jspecify.annotations.NullMarked;
