package app.floorplan.core.program;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.intake.PrescriptionDecision;
import java.util.Set;

/**
 * No loaded abdominal work in the early weeks after a C-section (domain brief: commonly &lt; 6 weeks, until cleared);
 * the limit is {@link PrescriptionContext#EARLY_WEEKS_AFTER_CAESAREAN}.
 */
final class NoLoadedAbdominalWorkEarlyAfterCaesarean implements ItemPrecaution {

    @Override
    public PrescriptionDecision evaluate(Exercise exercise, PrescriptionContext context) {
        if (!exercise.precautions().loadedAbdominalWork()) {
            return new PrescriptionDecision.Allowance();
        }
        return context.earlyWeeksAfterCaesarean()
                .<PrescriptionDecision>map(since -> new PrescriptionDecision.Rejection(
                        "Loaded abdominal work waits until the early weeks after a C-section are over (commonly < "
                                + PrescriptionContext.EARLY_WEEKS_AFTER_CAESAREAN + " weeks, until cleared): the"
                                + " C-section was " + since.label() + " ago",
                        Set.of()))
                .orElseGet(PrescriptionDecision.Allowance::new);
    }
}
