package app.floorplan.core.exercise.library;

import app.floorplan.core.exercise.Caution;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseCategory;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ExerciseOwner;
import app.floorplan.core.exercise.Instructions;
import app.floorplan.core.exercise.Precautions;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.Variants;
import app.floorplan.core.exercise.WatchFor;
import app.floorplan.core.exercise.WatchFors;
import app.floorplan.core.exercise.dosage.Dosage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the built-in library, written as readable content: variants are named by code, so the content reads
 * like the progression a therapist has in mind, and are turned into ids when the library is built.
 */
final class BuiltInExercise {

    private final ExerciseCode code;
    private String name = "";
    private String purpose = "";
    private @Nullable ExerciseCategory category;
    private @Nullable ProgramPhase phase;
    private String setUp = "";
    private List<String> steps = List.of();
    private List<String> cues = List.of();
    private Set<WatchFor> signs = Set.of();
    private String watchNote = "";
    private @Nullable Dosage dosage;
    private String precautions = "";
    private boolean loadedAbdominalWork;
    private boolean requiresScarClearance;
    private Set<Caution> cautions = Set.of();
    private Optional<ExerciseCode> easier = Optional.empty();
    private Optional<ExerciseCode> harder = Optional.empty();

    private BuiltInExercise(ExerciseCode code) {
        this.code = code;
    }

    static BuiltInExercise exercise(String code) {
        return new BuiltInExercise(ExerciseCode.of(code));
    }

    BuiltInExercise name(String text) {
        name = text;
        return this;
    }

    BuiltInExercise purpose(String text) {
        purpose = text;
        return this;
    }

    BuiltInExercise category(ExerciseCategory value) {
        category = value;
        return this;
    }

    BuiltInExercise phase(ProgramPhase value) {
        phase = value;
        return this;
    }

    BuiltInExercise setUp(String text) {
        setUp = text;
        return this;
    }

    BuiltInExercise steps(String... texts) {
        steps = List.of(texts);
        return this;
    }

    BuiltInExercise cues(String... texts) {
        cues = List.of(texts);
        return this;
    }

    BuiltInExercise watchFor(WatchFor... values) {
        signs = Set.of(values);
        return this;
    }

    BuiltInExercise watchNote(String text) {
        watchNote = text;
        return this;
    }

    BuiltInExercise dosage(Dosage.Builder value) {
        dosage = value.build();
        return this;
    }

    BuiltInExercise precautions(String text) {
        precautions = text;
        return this;
    }

    BuiltInExercise loadedAbdominalWork() {
        loadedAbdominalWork = true;
        return this;
    }

    BuiltInExercise requiresScarClearance() {
        requiresScarClearance = true;
        return this;
    }

    BuiltInExercise cautions(Caution... conditions) {
        cautions = Set.of(conditions);
        return this;
    }

    BuiltInExercise easier(String variantCode) {
        easier = Optional.of(ExerciseCode.of(variantCode));
        return this;
    }

    BuiltInExercise harder(String variantCode) {
        harder = Optional.of(ExerciseCode.of(variantCode));
        return this;
    }

    ExerciseCode code() {
        return code;
    }

    /** The codes this entry links to, so the library can check they exist. */
    List<ExerciseCode> linkedCodes() {
        return Stream.concat(easier.stream(), harder.stream()).toList();
    }

    Exercise toExercise() {
        if (category == null || phase == null || dosage == null) {
            throw new IllegalStateException("built-in " + code + " needs a category, a phase and a dosage");
        }
        return new Exercise(
                ExerciseId.ofBuiltIn(code),
                new ExerciseOwner.BuiltIn(code),
                name,
                purpose,
                category,
                phase,
                new Instructions(Optional.of(setUp), steps, cues),
                new WatchFors(signs, Optional.of(watchNote)),
                dosage,
                new Precautions(Optional.of(precautions), loadedAbdominalWork, requiresScarClearance, cautions),
                new Variants(easier.map(ExerciseId::ofBuiltIn), harder.map(ExerciseId::ofBuiltIn)),
                false);
    }
}
