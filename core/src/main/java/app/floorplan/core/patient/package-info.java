/** Patient records of a clinic: registration, search, archive. */
@NullMarked
package app.floorplan.core.patient;

import org.jspecify.annotations.NullMarked;
