/** Home programs with every version, and the clinics' program templates, on PostgreSQL. */
@NullMarked
package app.floorplan.persistence.program;

import org.jspecify.annotations.NullMarked;
