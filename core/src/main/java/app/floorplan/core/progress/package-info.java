/**
 * The PT's view of how a home program goes: adherence per week, the pain trend against a baseline, the symptoms the
 * patient flagged, alerts that need the PT's attention, and a progression suggestion the PT may apply.
 */
@NullMarked
package app.floorplan.core.progress;

import org.jspecify.annotations.NullMarked;
