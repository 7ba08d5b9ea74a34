package app.floorplan.core.exercise.dosage;

import app.floorplan.core.validation.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A count that is either exact ("5") or a range the patient picks from ("8-10"): used for sets, reps, hold seconds and
 * breaths. Field-specific limits (e.g. at most 20 sets) are checked by {@link Dosage}. The constructor refuses with
 * the field key {@code ""}, since it does not know which input it came from: forms go through {@link #parse} or
 * {@link Dosage.Builder}, which report the input's own key.
 *
 * @param low the smallest count, at least 1
 * @param high the largest count, never below {@code low}; equal to {@code low} for an exact count
 */
public record CountRange(int low, int high) {

    private static final Pattern TYPED = Pattern.compile("\\s*(\\d{1,4})\\s*(?:[-\u2013]\\s*(\\d{1,4})\\s*)?");

    public CountRange {
        if (low < 1) {
            throw new InvalidInputException("", "A count must be at least 1");
        }
        if (high < low) {
            throw new InvalidInputException("", "Write the smaller number first, e.g. 8-10");
        }
    }

    public static CountRange exactly(int count) {
        return new CountRange(count, count);
    }

    public static CountRange between(int low, int high) {
        return new CountRange(low, high);
    }

    /**
     * Reads what a clinician types into one input: "8" or "8-10" (spaces and an en dash are accepted).
     *
     * @param field the field key reported when the text is refused, e.g. {@link DosageFields#REPS}
     */
    public static CountRange parse(String field, String text) {
        var matcher = TYPED.matcher(text);
        if (!matcher.matches()) {
            throw new InvalidInputException(field, "Enter a number or a range such as 8-10");
        }
        int low = Integer.parseInt(matcher.group(1));
        int high = matcher.group(2) == null ? low : Integer.parseInt(matcher.group(2));
        if (low < 1) {
            throw new InvalidInputException(field, "A count must be at least 1");
        }
        if (high < low) {
            throw new InvalidInputException(field, "Write the smaller number first, e.g. 8-10");
        }
        return new CountRange(low, high);
    }

    public boolean isExact() {
        return low == high;
    }

    /** True only for exactly one, the one case where English wants the singular ("1 set", but "1-2 sets"). */
    public boolean isOne() {
        return low == 1 && high == 1;
    }

    /** "5" or "8-10", the way clinicians write it and patients read it. */
    public String text() {
        return isExact() ? Integer.toString(low) : low + "-" + high;
    }
}
