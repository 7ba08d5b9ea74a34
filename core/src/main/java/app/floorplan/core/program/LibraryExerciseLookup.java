package app.floorplan.core.program;

import app.floorplan.core.exercise.ClinicExerciseRepository;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.StoredExercise;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.ClinicId;
import java.util.Optional;

/**
 * The {@link ExerciseLookup} over the built-in library and the clinic's own stored exercises, retired ones included.
 * Built-ins are found in memory; only a clinic's own exercise costs a query.
 */
public class LibraryExerciseLookup implements ExerciseLookup {

    private final StandardExerciseLibrary builtIns;
    private final ClinicExerciseRepository clinicExercises;

    public LibraryExerciseLookup(StandardExerciseLibrary builtIns, ClinicExerciseRepository clinicExercises) {
        this.builtIns = builtIns;
        this.clinicExercises = clinicExercises;
    }

    @Override
    public Optional<Exercise> find(ClinicId clinic, ExerciseId id) {
        return builtIns.find(id).or(() -> clinicExercises.findById(clinic, id).map(StoredExercise::exercise));
    }
}
