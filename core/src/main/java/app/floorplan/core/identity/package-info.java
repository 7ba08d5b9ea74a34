/**
 * The shared kernel every feature leans on: typed ids, roles and the acting person. It depends on no feature, so
 * features can name each other's ids without import cycles.
 */
@NullMarked
package app.floorplan.core.identity;

import org.jspecify.annotations.NullMarked;
