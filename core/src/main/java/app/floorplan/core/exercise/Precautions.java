package app.floorplan.core.exercise;

import app.floorplan.core.validation.Violations;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * When to be careful with an exercise: a text for the patient and flags that prescription rules read.
 *
 * @param text what the patient should know before starting, if anything
 * @param loadedAbdominalWork the abdominal wall works against a real load (the lever of lifted legs, body weight as in a
 *     plank, or something carried): kept out of the early weeks after a C-section until the patient is cleared
 * @param requiresScarClearance only after the C-section wound has healed and a clinician has cleared scar work
 * @param cautions conditions this exercise needs care with; a suggestion holds it back and the gate warns when the
 *     patient's record shows one
 */
public record Precautions(
        Optional<String> text, boolean loadedAbdominalWork, boolean requiresScarClearance, Set<Caution> cautions) {

    public static final int MAX_TEXT_LENGTH = 500;

    public Precautions {
        Objects.requireNonNull(text, "text");
        cautions = cautions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(cautions));
        var found = new Violations();
        text = TextRules.optional(found, ExerciseFields.PRECAUTIONS, text.orElse(""), MAX_TEXT_LENGTH, "Precautions");
        found.throwIfAny();
    }

    /** Precautions without a condition caution. */
    public Precautions(Optional<String> text, boolean loadedAbdominalWork, boolean requiresScarClearance) {
        this(text, loadedAbdominalWork, requiresScarClearance, Set.of());
    }

    public static Precautions none() {
        return new Precautions(Optional.empty(), false, false);
    }

    public boolean cautionWith(Caution caution) {
        return cautions.contains(caution);
    }
}
