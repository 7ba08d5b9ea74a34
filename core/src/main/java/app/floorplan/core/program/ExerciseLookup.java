package app.floorplan.core.program;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.identity.ClinicId;
import java.util.Optional;

/**
 * Port: the exercises a clinic can prescribe, as the program use cases need them. Implemented over the built-in
 * library ({@link app.floorplan.core.exercise.library.StandardExerciseLibrary}) and the clinic's own exercises.
 */
public interface ExerciseLookup {

    /**
     * The exercise if the clinic can see it: a built-in or one of its own, retired ones included (existing programs
     * still point at them); empty for another clinic's exercise or an unknown id.
     */
    Optional<Exercise> find(ClinicId clinic, ExerciseId id);
}
