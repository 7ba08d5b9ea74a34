package app.floorplan.core.validation;

import java.util.List;

/** Thrown by value-object factories and use cases when input is refused; carries every violation at once. */
public final class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.getFirst().message());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
