/** The intake feature in the clinic application: the intake form, its red-flag referral and the patient-page summary. */
@NullMarked
package app.floorplan.ui.intake;

import org.jspecify.annotations.NullMarked;
