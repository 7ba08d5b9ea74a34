/** How much of an exercise to do (sets, reps, holds, per side, how often) and its plain-language wording. */
@NullMarked
package app.floorplan.core.exercise.dosage;

import org.jspecify.annotations.NullMarked;
