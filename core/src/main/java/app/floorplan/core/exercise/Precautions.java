package app.floorplan.core.exercise;

import app.floorplan.core.validation.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * When to be careful with an exercise: a text for the patient and flags that prescription rules read.
 *
 * @param text what the patient should know before starting, if anything
 * @param loadedAbdominalWork the abdominal wall works against a real load (the lever of lifted legs, body weight as in a
 *     plank, or something carried): kept out of the early weeks after a C-section until the patient is cleared
 * @param requiresScarClearance only after the C-section wound has healed and a clinician has cleared scar work
 */
public record Precautions(Optional<String> text, boolean loadedAbdominalWork, boolean requiresScarClearance) {

    public static final int MAX_TEXT_LENGTH = 500;

    public Precautions {
        Objects.requireNonNull(text, "text");
        var found = new Violations();
        text = TextRules.optional(found, ExerciseFields.PRECAUTIONS, text.orElse(""), MAX_TEXT_LENGTH, "Precautions");
        found.throwIfAny();
    }

    public static Precautions none() {
        return new Precautions(Optional.empty(), false, false);
    }
}
