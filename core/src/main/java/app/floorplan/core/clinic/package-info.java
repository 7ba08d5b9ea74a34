/** Clinics: the tenant boundary. */
@NullMarked
package app.floorplan.core.clinic;

import org.jspecify.annotations.NullMarked;
