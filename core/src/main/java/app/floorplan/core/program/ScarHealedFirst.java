package app.floorplan.core.program;

import app.floorplan.core.assessment.CaesareanScarSection;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.intake.PrescriptionDecision;
import java.util.Set;

/**
 * Scar work only once the C-section scar has healed (domain brief: scar mobilisation after healing and clearance). The
 * healed finding comes from the newest assessment that examined the scar; without one, nothing says it has healed.
 */
final class ScarHealedFirst implements ItemPrecaution {

    @Override
    public PrescriptionDecision evaluate(Exercise exercise, PrescriptionContext context) {
        if (!exercise.precautions().requiresScarClearance()) {
            return new PrescriptionDecision.Allowance();
        }
        var healed = context.scar().filter(CaesareanScarSection::healed).isPresent();
        return context.scarAssessment()
                .map(examined -> healed
                        ? new PrescriptionDecision.Allowance()
                        : rejection("The C-section scar was not healed at the assessment on " + examined.date()
                                + ": scar work starts once it has healed and been cleared"))
                .orElseGet(() -> rejection("No assessment has examined the C-section scar yet: scar work starts once"
                        + " an assessment records it healed"));
    }

    private static PrescriptionDecision rejection(String reason) {
        return new PrescriptionDecision.Rejection(reason, Set.of());
    }
}
