/** Daily-life advice a therapist hands out with a home program (feeding, lifting, carrying, posture, ...). */
@NullMarked
package app.floorplan.core.exercise.advice;

import org.jspecify.annotations.NullMarked;
