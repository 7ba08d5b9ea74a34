/**
 * The assessment screens: the form a PT fills during a visit, the recorded assessment with its findings, corrections
 * and versions, the list on the patient page and the side-by-side comparison of two visits.
 */
@NullMarked
package app.floorplan.ui.assessment;

import org.jspecify.annotations.NullMarked;
