package app.floorplan.core.practice;

import app.floorplan.core.validation.Violations;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The symptoms flagged for an exercise or a whole session. {@link SymptomFlag#OTHER} needs a few words; text without
 * the flag is dropped, so a report never says "other" without saying what.
 *
 * @param otherText the patient's words for {@link SymptomFlag#OTHER}, one line of at most {@value #MAX_OTHER_LENGTH}
 *     characters; blank counts as absent
 */
public record SymptomReport(Set<SymptomFlag> flags, Optional<String> otherText) {

    public static final int MAX_OTHER_LENGTH = 200;
    public static final SymptomReport NONE = new SymptomReport(Set.of(), Optional.empty());

    public SymptomReport {
        var ordered = EnumSet.noneOf(SymptomFlag.class);
        ordered.addAll(flags);
        flags = Collections.unmodifiableSet(ordered);
        otherText = Objects.requireNonNull(otherText, "otherText")
                .map(String::strip)
                .filter(text -> !text.isEmpty() && ordered.contains(SymptomFlag.OTHER));
    }

    /** Checks a report typed in a form; {@code field} is the key of its "other" text. */
    public static SymptomReport of(Set<SymptomFlag> flags, String otherText, String field) {
        var found = new Violations();
        String text = otherText.strip();
        found.check(
                !flags.contains(SymptomFlag.OTHER) || !text.isEmpty(), field, "Say in a few words what you noticed");
        found.check(
                text.length() <= MAX_OTHER_LENGTH,
                field,
                "Keep it to " + MAX_OTHER_LENGTH + " characters; your physiotherapist can ask for more");
        found.check(text.chars().noneMatch(c -> c == '\n' || c == '\r'), field, "Use a single line");
        found.throwIfAny();
        return new SymptomReport(flags, Optional.of(text));
    }

    public boolean any() {
        return !flags.isEmpty();
    }

    public boolean has(SymptomFlag flag) {
        return flags.contains(flag);
    }
}
