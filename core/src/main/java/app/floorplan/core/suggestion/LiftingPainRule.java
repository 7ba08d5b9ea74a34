package app.floorplan.core.suggestion;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.intake.AggravatingActivity;
import java.util.List;
import java.util.Set;

/**
 * Pain brought on by lifting the baby or the car seat, or bending over the crib (domain brief: typical triggers, with
 * breath-holding when lifting): the hip hinge with exhale on effort is the lifting pattern itself, practised in phase
 * 2, with the lifting advice for daily life and, for the crib, changing at waist height. Clinic rule.
 */
final class LiftingPainRule implements SuggestionRule {

    private static final Set<AggravatingActivity> LIFTING = Set.of(
            AggravatingActivity.LIFTING_BABY,
            AggravatingActivity.LIFTING_CAR_SEAT,
            AggravatingActivity.BENDING_OVER_CRIB);

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var intake = input.intake();
        var because = intake.map(i -> Facts.painBroughtOnBy(i, LIFTING)).orElse(List.of());
        if (because.isEmpty()) {
            return RuleOutcome.none();
        }
        var outcome = RuleOutcome.builder()
                .phase(ProgramPhase.STABILITY, because)
                .exercise(LibraryCodes.HIP_HINGE_PRACTICE, because)
                .advice(DailyLifeAdvice.LIFTING, because);
        var crib = Facts.painBroughtOnBy(intake.orElseThrow(), Set.of(AggravatingActivity.BENDING_OVER_CRIB));
        if (!crib.isEmpty()) {
            outcome.advice(DailyLifeAdvice.CHANGING_TABLE_HEIGHT, crib);
        }
        return outcome.build();
    }
}
