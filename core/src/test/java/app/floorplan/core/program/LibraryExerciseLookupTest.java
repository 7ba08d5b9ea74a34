package app.floorplan.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.exercise.ClinicExerciseRepository;
import app.floorplan.core.exercise.ExerciseDraft;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.StoredExercise;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.testing.PortFake;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LibraryExerciseLookupTest {

    private final ClinicId ourClinic = ClinicId.random();
    private final StandardExerciseLibrary builtIns = ProgramFixtures.LIBRARY;
    private final StoredExercise ownRetired = new StoredExercise(
            ExerciseDraft.of(builtIns.find(StandardExerciseLibrary.WALL_BUG_PRESS)
                            .orElseThrow())
                    .name("Our wall bug press")
                    .createFor(ourClinic)
                    .retire(),
            3);
    private final ExerciseLookup lookup = new LibraryExerciseLookup(
            builtIns, PortFake.of(ClinicExerciseRepository.class, Map.of("findById", args -> Optional.of(ownRetired)
                    .filter(stored -> stored.exercise().id().equals(args[1]))
                    .filter(stored -> stored.exercise().isOwnedBy((ClinicId) args[0])))));

    @Test
    void finds_built_ins_and_the_clinics_own_exercises_retired_included() {
        var builtIn = builtIns.find(StandardExerciseLibrary.MODIFIED_SIDE_PLANK).orElseThrow();

        assertThat(lookup.find(ourClinic, builtIn.id())).contains(builtIn);
        assertThat(lookup.find(ClinicId.random(), builtIn.id())).contains(builtIn);
        assertThat(lookup.find(ourClinic, ownRetired.exercise().id())).contains(ownRetired.exercise());
    }

    @Test
    void another_clinics_or_an_unknown_exercise_is_not_found() {
        assertThat(lookup.find(ClinicId.random(), ownRetired.exercise().id())).isEmpty();
        assertThat(lookup.find(ourClinic, ExerciseId.random())).isEmpty();
    }
}
