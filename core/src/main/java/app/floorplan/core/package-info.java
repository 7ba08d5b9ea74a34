/** FloorPlan's clinical domain in plain Java. */
@NullMarked
package app.floorplan.core;

import org.jspecify.annotations.NullMarked;
