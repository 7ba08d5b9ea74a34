package app.floorplan.core.program;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.intake.PrescriptionDecision;
import java.util.List;

/**
 * A rule one exercise must pass before it is prescribed to this patient, answering with an allowance or a rejection
 * with its reason (in the style of ddd-by-examples' {@code PlacingOnHoldPolicy}). Program suggestions apply the same
 * rules, so nothing is suggested that the gate would refuse.
 */
@FunctionalInterface
public interface ItemPrecaution {

    PrescriptionDecision evaluate(Exercise exercise, PrescriptionContext context);

    /** Every precaution an exercise must pass, in the order their reasons are shown. */
    List<ItemPrecaution> ALL = List.of(new ScarHealedFirst(), new NoLoadedAbdominalWorkEarlyAfterCaesarean());
}
