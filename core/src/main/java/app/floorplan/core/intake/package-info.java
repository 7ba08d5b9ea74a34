/**
 * The first visit's history: obstetric history, pain, relevant history and the red-flag screen that gates every
 * exercise program.
 */
@NullMarked
package app.floorplan.core.intake;

import org.jspecify.annotations.NullMarked;
