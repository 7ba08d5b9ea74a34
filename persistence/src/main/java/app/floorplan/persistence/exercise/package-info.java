/** The clinics' own exercises on PostgreSQL; built-ins ship as code and are never stored. */
@NullMarked
package app.floorplan.persistence.exercise;

import org.jspecify.annotations.NullMarked;
