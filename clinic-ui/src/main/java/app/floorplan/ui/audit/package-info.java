/** The audit feature in the clinic application. */
@NullMarked
package app.floorplan.ui.audit;

import org.jspecify.annotations.NullMarked;
