package app.floorplan.core.exercise;

import app.floorplan.core.validation.Violations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Trimming and length checks shared by the exercise's text fields, so every field treats blanks the same way. */
final class TextRules {

    private TextRules() {}

    /** Stripped text; refused when blank or longer than {@code max}. */
    static String required(Violations found, String field, String raw, int max, String label) {
        String text = raw.strip();
        if (text.isEmpty()) {
            found.add(field, label + " is required");
        } else {
            maxLength(found, field, text, max, label);
        }
        return text;
    }

    /** Stripped text, empty when blank; refused when longer than {@code max}. */
    static Optional<String> optional(Violations found, String field, String raw, int max, String label) {
        String text = raw.strip();
        maxLength(found, field, text, max, label);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    static void singleLine(Violations found, String field, String text, String label) {
        if (text.contains("\n") || text.contains("\r")) {
            found.add(field, label + " must fit on one line");
        }
    }

    /**
     * The non-blank items, stripped, in order. Blank items (an empty row left in a form) are dropped; a too-long item
     * is reported at its position in {@code raw}, so the form can mark the right row.
     */
    static List<String> items(
            Violations found, String field, List<String> raw, int maxItems, int maxLength, String label) {
        var kept = new ArrayList<String>();
        for (int index = 0; index < raw.size(); index++) {
            String text = raw.get(index).strip();
            if (text.isEmpty()) {
                continue;
            }
            maxLength(found, ExerciseFields.item(field, index), text, maxLength, label);
            kept.add(text);
        }
        if (kept.size() > maxItems) {
            found.add(field, "At most " + maxItems + " " + label.toLowerCase(Locale.ROOT) + "s");
        }
        return List.copyOf(kept);
    }

    private static void maxLength(Violations found, String field, String text, int max, String label) {
        if (text.length() > max) {
            found.add(field, label + " must be at most " + max + " characters");
        }
    }
}
