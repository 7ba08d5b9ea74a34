/** PostgreSQL side of the audit feature. */
@NullMarked
package app.floorplan.persistence.audit;

import org.jspecify.annotations.NullMarked;
