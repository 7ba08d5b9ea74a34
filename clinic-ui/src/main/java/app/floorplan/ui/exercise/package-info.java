/** The exercise library as a clinic sees it: search, filter and the details of each exercise. */
@NullMarked
package app.floorplan.ui.exercise;

import org.jspecify.annotations.NullMarked;
