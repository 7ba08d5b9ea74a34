package app.floorplan.core.exercise;

import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.dosage.DosageFields;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A clinic's exercise form, as typed: collects the values without refusing any, then {@link #createFor} or
 * {@link #revise} checks them all and reports every problem at once (keys in {@link ExerciseFields} and
 * {@link DosageFields}).
 *
 * <p>Required: name, purpose, category, phase, at least one step and a default dosage. Built-in exercises cannot be
 * revised, but {@code ExerciseDraft.of(builtIn).createFor(clinic)} copies one into the clinic's own library.
 */
public final class ExerciseDraft {

    private String name = "";
    private String purpose = "";
    private @Nullable ExerciseCategory category;
    private @Nullable ProgramPhase phase;
    private String setUp = "";
    private List<String> steps = List.of();
    private List<String> cues = List.of();
    private Set<WatchFor> watchFor = Set.of();
    private String watchForNote = "";
    private Dosage.@Nullable Builder defaultDosage;
    private String precautions = "";
    private boolean loadedAbdominalWork;
    private boolean requiresScarClearance;
    private Set<Caution> cautions = Set.of();
    private Optional<ExerciseId> easierVariant = Optional.empty();
    private Optional<ExerciseId> harderVariant = Optional.empty();

    /** A blank form. */
    public ExerciseDraft() {}

    /** A form filled with an existing exercise, for editing it or copying a built-in. */
    public static ExerciseDraft of(Exercise exercise) {
        var instructions = exercise.instructions();
        var precautions = exercise.precautions();
        return new ExerciseDraft()
                .name(exercise.name())
                .purpose(exercise.purpose())
                .category(exercise.category())
                .phase(exercise.phase())
                .setUp(instructions.setUp().orElse(""))
                .steps(instructions.steps())
                .cues(instructions.cues())
                .watchFor(exercise.watchFors().signs())
                .watchForNote(exercise.watchFors().note().orElse(""))
                .defaultDosage(exercise.defaultDosage())
                .precautions(precautions.text().orElse(""))
                .loadedAbdominalWork(precautions.loadedAbdominalWork())
                .requiresScarClearance(precautions.requiresScarClearance())
                .cautions(precautions.cautions())
                .easierVariant(exercise.variants().easier())
                .harderVariant(exercise.variants().harder());
    }

    public ExerciseDraft name(String text) {
        name = Objects.requireNonNull(text, "text");
        return this;
    }

    public ExerciseDraft purpose(String text) {
        purpose = Objects.requireNonNull(text, "text");
        return this;
    }

    public ExerciseDraft category(ExerciseCategory chosen) {
        category = Objects.requireNonNull(chosen, "chosen");
        return this;
    }

    public ExerciseDraft phase(ProgramPhase chosen) {
        phase = Objects.requireNonNull(chosen, "chosen");
        return this;
    }

    public ExerciseDraft setUp(String text) {
        setUp = Objects.requireNonNull(text, "text");
        return this;
    }

    /** The steps in order; blank rows are ignored, problems are reported by their position in this list. */
    public ExerciseDraft steps(List<String> texts) {
        steps = List.copyOf(texts);
        return this;
    }

    public ExerciseDraft cues(List<String> texts) {
        cues = List.copyOf(texts);
        return this;
    }

    public ExerciseDraft watchFor(Set<WatchFor> signs) {
        watchFor = signs.isEmpty() ? Set.of() : EnumSet.copyOf(signs);
        return this;
    }

    public ExerciseDraft watchForNote(String text) {
        watchForNote = Objects.requireNonNull(text, "text");
        return this;
    }

    /** The dosage inputs; checked together with the rest of the form. */
    public ExerciseDraft defaultDosage(Dosage.Builder dosage) {
        defaultDosage = Objects.requireNonNull(dosage, "dosage");
        return this;
    }

    public ExerciseDraft defaultDosage(Dosage dosage) {
        return defaultDosage(dosage.toBuilder());
    }

    public ExerciseDraft precautions(String text) {
        precautions = Objects.requireNonNull(text, "text");
        return this;
    }

    public ExerciseDraft loadedAbdominalWork(boolean flag) {
        loadedAbdominalWork = flag;
        return this;
    }

    public ExerciseDraft requiresScarClearance(boolean flag) {
        requiresScarClearance = flag;
        return this;
    }

    public ExerciseDraft cautions(Set<Caution> conditions) {
        cautions = Set.copyOf(conditions);
        return this;
    }

    public ExerciseDraft easierVariant(Optional<ExerciseId> variant) {
        easierVariant = Objects.requireNonNull(variant, "variant");
        return this;
    }

    public ExerciseDraft harderVariant(Optional<ExerciseId> variant) {
        harderVariant = Objects.requireNonNull(variant, "variant");
        return this;
    }

    /** A new exercise in the clinic's library, with a fresh id, not retired. */
    public Exercise createFor(ClinicId clinic) {
        return build(ExerciseId.random(), new ExerciseOwner.ClinicOwned(clinic), false);
    }

    /** The clinic's exercise with this draft's content; id, owner and retired flag stay as they are. */
    public Exercise revise(Exercise current) {
        if (current.isBuiltIn()) {
            throw new InvalidInputException(
                    ExerciseFields.EXERCISE, "Built-in exercises cannot be changed; copy it to make your own version");
        }
        return build(current.id(), current.owner(), current.retired());
    }

    private Exercise build(ExerciseId id, ExerciseOwner owner, boolean retired) {
        var found = new Violations();
        String checkedName = Exercise.checkedName(found, name);
        String checkedPurpose = Exercise.checkedPurpose(found, purpose);
        found.check(category != null, ExerciseFields.CATEGORY, "Choose a category");
        found.check(phase != null, ExerciseFields.PHASE, "Choose a phase");
        var instructions = found.attempt(() -> new Instructions(Optional.of(setUp), steps, cues));
        var watchFors = found.attempt(() -> new WatchFors(watchFor, Optional.of(watchForNote)));
        var checkedPrecautions = found.attempt(
                () -> new Precautions(Optional.of(precautions), loadedAbdominalWork, requiresScarClearance, cautions));
        var variants = found.attempt(() -> new Variants(easierVariant, harderVariant));
        variants.ifPresent(links -> Exercise.checkNotOwnVariant(found, id, links));
        var dosage = defaultDosage;
        Optional<Dosage> checkedDosage = Optional.empty();
        if (dosage == null) {
            found.add(DosageFields.DOSAGE, "Give a default dosage");
        } else {
            checkedDosage = found.attempt(dosage::build);
        }
        found.throwIfAny();
        return new Exercise(
                id,
                owner,
                checkedName,
                checkedPurpose,
                Objects.requireNonNull(category),
                Objects.requireNonNull(phase),
                instructions.orElseThrow(),
                watchFors.orElseThrow(),
                checkedDosage.orElseThrow(),
                checkedPrecautions.orElseThrow(),
                variants.orElseThrow(),
                retired);
    }
}
