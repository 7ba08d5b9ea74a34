package app.floorplan.core.program;

import app.floorplan.core.intake.PrescriptionDecision;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import app.floorplan.core.validation.Violations;
import java.util.List;

/**
 * The gate's answer for one program: whether the patient may get an exercise program at all, and for each item
 * whether its precautions allow it. A program is saved only when everything is allowed.
 *
 * @param program the intake's clearance (red flags, intake present)
 * @param items one decision per item, in program order
 */
public record PrescriptionCheck(PrescriptionDecision program, List<ItemDecision> items) {

    public PrescriptionCheck {
        items = List.copyOf(items);
    }

    public boolean isAllowed() {
        return program.isAllowed() && items.stream().allMatch(ItemDecision::isAllowed);
    }

    /**
     * Every reason, each under its key: {@code "program"} for the clearance and {@code "program.items[i]"} for an
     * item, so the form shows them where the PT can act.
     */
    public List<Violation> refusals() {
        var found = new Violations();
        if (program instanceof PrescriptionDecision.Rejection rejection) {
            found.add(ProgramFields.PROGRAM, rejection.reason());
        }
        items.forEach(
                item -> item.refusals().forEach(reason -> found.add(ProgramFields.item(item.position()), reason)));
        return found.list();
    }

    /** Whether any item needs care for this patient; warnings never refuse a program. */
    public boolean hasWarnings() {
        return items.stream().anyMatch(item -> !item.warnings().isEmpty());
    }

    /** Refuses the program with every {@link #refusals()} at once. */
    public void throwIfRefused() {
        var refusals = refusals();
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(refusals);
        }
    }
}
