/** The error feature in the clinic application. */
@NullMarked
package app.floorplan.ui.error;

import org.jspecify.annotations.NullMarked;
