package app.floorplan.core.safety;

import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * What in one logged day calls for help now: the warning signs her "other" words may describe (for the session or any
 * exercise) and a pain rating of {@value #URGENT_PAIN} or more. The patient then sees the help card at once, and the
 * day's alert is marked urgent for her PT. Both triggers are clinic rules (docs/clinical-sources.md): a safety net that
 * errs on the side of caution, not a diagnosis.
 *
 * @param signs the warning signs her words may describe, the emergency tier first
 * @param pain her pain rating when it is {@value #URGENT_PAIN} or more
 */
public record UrgentSigns(List<WarningSign> signs, OptionalInt pain) {

    /**
     * Clinic rule: pain of 8 or more out of 10 shows her the help card and marks the alert urgent. No source gives the
     * figure; 8 is one above the PT's high-pain alert (7), the lower end of severe pain on the 0-10 scale.
     */
    public static final int URGENT_PAIN = 8;

    public static final UrgentSigns NONE = new UrgentSigns(List.of(), OptionalInt.empty());

    public UrgentSigns {
        signs = List.copyOf(Objects.requireNonNull(signs, "signs"));
        Objects.requireNonNull(pain, "pain");
    }

    /** What calls for help in the day she logged; {@link #NONE} when nothing does. */
    public static UrgentSigns in(PracticeDay day) {
        var found = EnumSet.noneOf(WarningSign.class);
        Stream.concat(Stream.of(day.symptoms()), day.exercises().stream().map(ExerciseOutcome::symptoms))
                .map(SymptomReport::otherText)
                .flatMap(Optional::stream)
                .forEach(words -> found.addAll(WarningSignWords.in(words)));
        List<WarningSign> signs = new ArrayList<>(found);
        signs.sort(Comparator.comparing(WarningSign::urgency).thenComparing(Comparator.naturalOrder()));
        OptionalInt pain =
                day.pain().isPresent() && day.pain().getAsInt() >= URGENT_PAIN ? day.pain() : OptionalInt.empty();
        return new UrgentSigns(signs, pain);
    }

    public boolean any() {
        return !signs.isEmpty() || pain.isPresent();
    }

    /** Whether any of the signs is one to call the emergency number for. */
    public boolean emergency() {
        return signs.stream().anyMatch(sign -> sign.urgency() == HelpUrgency.EMERGENCY);
    }

    /** The reasons in the PT's words, e.g. "her words may describe: A painful or swollen leg", "pain 8 of 10". */
    public List<String> reasons() {
        var reasons = new ArrayList<String>();
        if (!signs.isEmpty()) {
            reasons.add("her words may describe: "
                    + String.join(", ", signs.stream().map(WarningSign::title).toList()));
        }
        pain.ifPresent(value -> reasons.add("pain " + value + " of 10 (clinic rule: " + URGENT_PAIN + " or more)"));
        return List.copyOf(reasons);
    }
}
