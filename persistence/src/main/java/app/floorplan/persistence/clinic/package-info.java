/** PostgreSQL side of the clinic feature. */
@NullMarked
package app.floorplan.persistence.clinic;

import org.jspecify.annotations.NullMarked;
