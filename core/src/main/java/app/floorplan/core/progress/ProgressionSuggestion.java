package app.floorplan.core.progress;

import app.floorplan.core.program.ProgramContent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the logs suggest for the program. The PT decides; applying it creates a new program version.
 *
 * @param reasons why, with the numbers that decided it
 * @param changes the changes in plain words, one per line; empty when there is nothing to apply
 * @param proposed the program content with the changes, when there are any
 */
public record ProgressionSuggestion(
        Kind kind, List<String> reasons, List<String> changes, Optional<ProgramContent> proposed) {

    public enum Kind {
        /** Two good weeks: move on (next phase, harder variants). */
        ADVANCE("Ready to advance"),
        /** Symptoms during an exercise that has an easier variant: step back. */
        REGRESS("Step back"),
        /** Keep the program as it is for now. */
        HOLD("Hold"),
        /** Too few logs to judge. */
        NOT_ENOUGH_DATA("Not enough data yet");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ProgressionSuggestion {
        Objects.requireNonNull(kind, "kind");
        reasons = List.copyOf(reasons);
        changes = List.copyOf(changes);
        Objects.requireNonNull(proposed, "proposed");
    }

    static ProgressionSuggestion without(Kind kind, List<String> reasons) {
        return new ProgressionSuggestion(kind, reasons, List.of(), Optional.empty());
    }

    public boolean applicable() {
        return proposed.isPresent();
    }

    /** A reason for the new program version, which the PT may edit before confirming. */
    public String versionReason() {
        String text = "From the practice log: " + String.join("; ", reasons);
        return text.length() <= 500 ? text : text.substring(0, 499) + "\u2026";
    }
}
