package app.floorplan.core.exercise;

import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.validation.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise in the library, built-in or clinic-owned. Always valid: the constructor refuses a blank or too long
 * name or purpose and a variant link to itself (its parts check their own fields). Clinics create and edit theirs
 * through {@link ExerciseDraft}.
 *
 * <p>A retired exercise is no longer offered for new programs but stays readable, because existing programs and their
 * history still point at it.
 *
 * @param defaultDosage what a program item starts with when the exercise is prescribed; the therapist may change it
 */
public record Exercise(
        ExerciseId id,
        ExerciseOwner owner,
        String name,
        String purpose,
        ExerciseCategory category,
        ProgramPhase phase,
        Instructions instructions,
        WatchFors watchFors,
        Dosage defaultDosage,
        Precautions precautions,
        Variants variants,
        boolean retired) {

    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_PURPOSE_LENGTH = 300;

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(instructions, "instructions");
        Objects.requireNonNull(watchFors, "watchFors");
        Objects.requireNonNull(defaultDosage, "defaultDosage");
        Objects.requireNonNull(precautions, "precautions");
        Objects.requireNonNull(variants, "variants");
        if (owner instanceof ExerciseOwner.BuiltIn(var code) && !id.equals(ExerciseId.ofBuiltIn(code))) {
            throw new IllegalArgumentException("a built-in exercise's id is derived from its code " + code);
        }
        var found = new Violations();
        name = checkedName(found, name);
        purpose = checkedPurpose(found, purpose);
        checkNotOwnVariant(found, id, variants);
        found.throwIfAny();
    }

    static String checkedName(Violations found, String raw) {
        String name = TextRules.required(found, ExerciseFields.NAME, raw, MAX_NAME_LENGTH, "The name");
        TextRules.singleLine(found, ExerciseFields.NAME, name, "The name");
        return name;
    }

    static String checkedPurpose(Violations found, String raw) {
        return TextRules.required(found, ExerciseFields.PURPOSE, raw, MAX_PURPOSE_LENGTH, "The purpose");
    }

    static void checkNotOwnVariant(Violations found, ExerciseId id, Variants variants) {
        if (variants.easier().filter(id::equals).isPresent()) {
            found.add(ExerciseFields.EASIER_VARIANT, "An exercise cannot be its own easier variant");
        }
        if (variants.harder().filter(id::equals).isPresent()) {
            found.add(ExerciseFields.HARDER_VARIANT, "An exercise cannot be its own harder variant");
        }
    }

    /** The stable code of a built-in; clinic-owned exercises have none. */
    public Optional<ExerciseCode> code() {
        return owner instanceof ExerciseOwner.BuiltIn(var code) ? Optional.of(code) : Optional.empty();
    }

    public boolean isBuiltIn() {
        return owner instanceof ExerciseOwner.BuiltIn;
    }

    public boolean isOwnedBy(ClinicId clinic) {
        return owner instanceof ExerciseOwner.ClinicOwned(var owning) && owning.equals(clinic);
    }

    /** Built-ins are visible to every clinic; a clinic's own exercises only to that clinic. */
    public boolean isVisibleTo(ClinicId clinic) {
        return isBuiltIn() || isOwnedBy(clinic);
    }

    public Exercise retire() {
        return withRetired(true);
    }

    public Exercise reinstate() {
        return withRetired(false);
    }

    private Exercise withRetired(boolean retiredNow) {
        return new Exercise(
                id,
                owner,
                name,
                purpose,
                category,
                phase,
                instructions,
                watchFors,
                defaultDosage,
                precautions,
                variants,
                retiredNow);
    }
}
