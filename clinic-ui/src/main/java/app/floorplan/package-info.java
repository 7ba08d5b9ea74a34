/** The FloorPlan application. */
@NullMarked
package app.floorplan;

import org.jspecify.annotations.NullMarked;
