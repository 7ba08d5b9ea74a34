/**
 * The red flags of one patient across her visits: the screen at the intake and the one asked again at every
 * assessment, each positive flag with its state and outcomes, what to do now, and recording an outcome with its urgency.
 */
@NullMarked
package app.floorplan.core.screening;

import org.jspecify.annotations.NullMarked;
