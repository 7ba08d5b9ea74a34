/**
 * Home programs: what a patient does between visits (phase, goals, exercises with their dosage, daily-life advice),
 * kept as versions that are never overwritten, the gate a program must pass before it is prescribed, the changes
 * between two versions and the clinic's templates.
 */
@NullMarked
package app.floorplan.core.program;

import org.jspecify.annotations.NullMarked;
