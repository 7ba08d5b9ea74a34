package app.floorplan.core.testing;

import static org.assertj.core.api.Assertions.fail;

import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import java.util.List;

/** Runs input that must be refused and returns the refused field keys, failing when nothing is refused. */
public final class Refusals {

    private Refusals() {}

    public static List<String> refusedFields(Runnable input) {
        return refusals(input).stream().map(Violation::field).toList();
    }

    public static List<Violation> refusals(Runnable input) {
        try {
            input.run();
        } catch (InvalidInputException refused) {
            return refused.violations();
        }
        return fail("expected the input to be refused");
    }
}
