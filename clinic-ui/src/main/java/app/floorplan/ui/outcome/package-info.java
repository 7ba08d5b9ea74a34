/** Progress over time: the charts of every measure, the printable progress summary and the patient's own measures. */
@NullMarked
package app.floorplan.ui.outcome;

import org.jspecify.annotations.NullMarked;
