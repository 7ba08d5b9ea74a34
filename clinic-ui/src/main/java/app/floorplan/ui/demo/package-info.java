/** The demo feature in the clinic application. */
@NullMarked
package app.floorplan.ui.demo;

import org.jspecify.annotations.NullMarked;
