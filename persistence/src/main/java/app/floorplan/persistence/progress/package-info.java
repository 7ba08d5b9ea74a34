/** PostgreSQL side of the PT's progress view: the roster of active programs and alert acknowledgements. */
@NullMarked
package app.floorplan.persistence.progress;

import org.jspecify.annotations.NullMarked;
