/** The patient feature in the clinic application. */
@NullMarked
package app.floorplan.ui.patient;

import org.jspecify.annotations.NullMarked;
