package app.floorplan.core.validation;

import java.util.Objects;

/**
 * One refused value: which field (a stable key the form maps to its input) and a message a clinician can act on.
 *
 * @param field the field key, e.g. {@code "ird.umbilicus.rest"}; {@code ""} for a rule that spans fields
 * @param message plain-language reason, e.g. "Oxford grade must be between 0 and 5"
 */
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
