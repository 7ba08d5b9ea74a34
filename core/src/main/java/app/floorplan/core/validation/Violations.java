package app.floorplan.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations while a form's values are checked, so the person sees every problem in one pass rather than
 * one per save.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations check(boolean valid, String field, String message) {
        if (!valid) {
            found.add(new Violation(field, message));
        }
        return this;
    }

    public Violations add(String field, String message) {
        found.add(new Violation(field, message));
        return this;
    }

    /** Runs a factory and records its refusal instead of stopping at the first one. */
    public <T> java.util.Optional<T> attempt(java.util.function.Supplier<T> factory) {
        try {
            return java.util.Optional.of(factory.get());
        } catch (InvalidInputException e) {
            found.addAll(e.violations());
            return java.util.Optional.empty();
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    /** Throws when anything was refused. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
