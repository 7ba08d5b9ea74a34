package app.floorplan.core.practice;

import app.floorplan.core.exercise.ExerciseId;

/**
 * An exercise of the patient's current plan as the log form lists it.
 *
 * @param position 0-based place in the plan, also the index in the form's field keys
 */
public record PlannedExercise(ExerciseId exercise, int position, String name) {}
