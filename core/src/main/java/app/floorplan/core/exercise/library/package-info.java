/** The exercises FloorPlan ships with, written for patients and linked into easier/harder progressions. */
@NullMarked
package app.floorplan.core.exercise.library;

import org.jspecify.annotations.NullMarked;
