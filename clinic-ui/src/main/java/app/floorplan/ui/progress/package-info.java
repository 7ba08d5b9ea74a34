/** The PT's side of the patient portal: the Progress tab of the patient page and the alert list. */
@NullMarked
package app.floorplan.ui.progress;

import org.jspecify.annotations.NullMarked;
