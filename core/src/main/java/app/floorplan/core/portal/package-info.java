/** What a patient sees of their own care: the current plan, and later their logs. */
@NullMarked
package app.floorplan.core.portal;

import org.jspecify.annotations.NullMarked;
