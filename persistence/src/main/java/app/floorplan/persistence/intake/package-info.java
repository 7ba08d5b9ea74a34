/** Intake versions, deliveries, red flags and their referrals or clearances on PostgreSQL. */
@NullMarked
package app.floorplan.persistence.intake;

import org.jspecify.annotations.NullMarked;
