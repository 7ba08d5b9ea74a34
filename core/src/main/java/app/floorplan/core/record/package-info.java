/**
 * Conventions every clinical record follows: versions that are never overwritten (a correction is a new version with
 * a reason, the old one stays, marked replaced) and decimals recorded to a fixed precision.
 */
@NullMarked
package app.floorplan.core.record;

import org.jspecify.annotations.NullMarked;
