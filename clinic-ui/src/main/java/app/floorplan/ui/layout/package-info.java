/** The layout feature in the clinic application. */
@NullMarked
package app.floorplan.ui.layout;

import org.jspecify.annotations.NullMarked;
