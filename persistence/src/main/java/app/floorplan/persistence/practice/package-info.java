/** The patients' practice log on PostgreSQL. */
@NullMarked
package app.floorplan.persistence.practice;

import org.jspecify.annotations.NullMarked;
