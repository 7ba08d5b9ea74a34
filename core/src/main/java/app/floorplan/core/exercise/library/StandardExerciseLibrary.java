package app.floorplan.core.exercise.library;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ExerciseId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The exercises FloorPlan ships with, shared read-only by every clinic. Content is plain Java, so a broken link or an
 * invalid dosage fails the build's tests rather than a clinic's day. Ids are derived from codes
 * ({@link ExerciseId#ofBuiltIn}), so they are the same in every database and release.
 *
 * <p>To change the library: edit wording freely; never rename or remove a code (programs point at it), retire the
 * exercise instead.
 */
public final class StandardExerciseLibrary {

    /** Wall bug press: TVA activation with both feet on the floor, 5 reps each side, hold 5-10 seconds breathing. */
    public static final ExerciseCode WALL_BUG_PRESS = ExerciseCode.of("wall-bug-press");

    /** The wall bug press with the pressing leg lifted into tabletop: its harder variant. */
    public static final ExerciseCode WALL_BUG_PRESS_TABLETOP = ExerciseCode.of("wall-bug-press-tabletop");

    /** Side-lying open book with core engagement: 8-10 reps each side. */
    public static final ExerciseCode SIDE_LYING_OPEN_BOOK =
            ExerciseCode.of("side-lying-open-book-with-core-engagement");

    /** Modified side plank with breath: 2-3 sets each side, hold 3-5 breaths. */
    public static final ExerciseCode MODIFIED_SIDE_PLANK = ExerciseCode.of("modified-side-plank-with-breath");

    private final Map<ExerciseId, Exercise> byId;

    public StandardExerciseLibrary() {
        var entries = Stream.of(
                        BreathingAndPelvicFloorExercises.all(),
                        CoreExercises.all(),
                        HipAndMobilityExercises.all(),
                        FunctionalExercises.all())
                .flatMap(List::stream)
                .toList();
        var loaded = new LinkedHashMap<ExerciseId, Exercise>();
        for (var entry : entries) {
            var exercise = entry.toExercise();
            if (loaded.put(exercise.id(), exercise) != null) {
                throw new IllegalStateException("built-in code used twice: " + entry.code());
            }
        }
        for (var entry : entries) {
            for (var linked : entry.linkedCodes()) {
                if (!loaded.containsKey(ExerciseId.ofBuiltIn(linked))) {
                    throw new IllegalStateException(entry.code() + " links to unknown built-in " + linked);
                }
            }
        }
        byId = Collections.unmodifiableMap(loaded);
    }

    /** Every built-in exercise, retired ones included, grouped as the content is written. */
    public List<Exercise> exercises() {
        return List.copyOf(byId.values());
    }

    public Optional<Exercise> find(ExerciseId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Exercise> find(ExerciseCode code) {
        return find(ExerciseId.ofBuiltIn(code));
    }
}
