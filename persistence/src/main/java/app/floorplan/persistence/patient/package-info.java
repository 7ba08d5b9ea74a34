/** PostgreSQL side of the patient feature. */
@NullMarked
package app.floorplan.persistence.patient;

import org.jspecify.annotations.NullMarked;
