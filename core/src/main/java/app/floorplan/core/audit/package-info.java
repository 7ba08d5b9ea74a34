/** The audit trail: who viewed and changed what. */
@NullMarked
package app.floorplan.core.audit;

import org.jspecify.annotations.NullMarked;
