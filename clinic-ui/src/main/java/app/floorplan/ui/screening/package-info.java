/**
 * The red-flag screen as the PT fills it in at the intake and at every assessment (with the EPDS), and the panel that
 * shows a patient's red flags across visits, what to do now and the outcomes recorded.
 */
@NullMarked
package app.floorplan.ui.screening;

import org.jspecify.annotations.NullMarked;
