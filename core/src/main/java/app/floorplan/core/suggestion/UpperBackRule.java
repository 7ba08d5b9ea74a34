package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.MobilityGrade;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.intake.AggravatingActivity;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.PainSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stiff or painful upper back: thoracic rotation limited or painful at the latest assessment, mid/upper back pain,
 * or pain brought on by long feeds hunched forward or by babywearing (domain brief: typical triggers). Upper-back
 * rotation restores the lost mobility; the feeding set-up and carrying advice take the load off between sessions.
 * Mobility work fits any phase, so this rule calls for none. Clinic rule.
 */
final class UpperBackRule implements SuggestionRule {

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var because = new ArrayList<String>();
        input.mobility().ifPresent(mobility -> {
            rotation(because, "left", mobility.thoracicRotationLeft());
            rotation(because, "right", mobility.thoracicRotationRight());
        });
        input.intake().ifPresent(intake -> {
            if (intake.pain().sites().contains(PainSite.MID_UPPER_BACK)) {
                because.add("Intake: pain in the " + Facts.lowerFirst(PainSite.MID_UPPER_BACK.label()));
            }
            because.addAll(Facts.painBroughtOnBy(
                    intake, Set.of(AggravatingActivity.FEEDING_HUNCHED, AggravatingActivity.BABYWEARING)));
        });
        if (because.isEmpty()) {
            return RuleOutcome.none();
        }
        var outcome = RuleOutcome.builder()
                .exercise(LibraryCodes.SIDE_LYING_OPEN_BOOK, because)
                .exercise(LibraryCodes.SEATED_THORACIC_ROTATION, because)
                .advice(DailyLifeAdvice.FEEDING_SET_UP, because);
        var carrying = input.intake().map(UpperBackRule::carrying).orElse(List.of());
        if (!carrying.isEmpty()) {
            outcome.advice(DailyLifeAdvice.CARRYING_AND_BABYWEARING, carrying);
        }
        return outcome.build();
    }

    private static void rotation(List<String> because, String side, MobilityGrade grade) {
        if (grade != MobilityGrade.FULL) {
            because.add("Thoracic rotation to the " + side + " " + grade.label().toLowerCase(Locale.ROOT));
        }
    }

    /** Babywearing or carrying on one hip, which load the upper back for hours a day. */
    private static List<String> carrying(Intake intake) {
        var facts = new ArrayList<String>();
        var babywearing = intake.obstetricHistory().babywearing();
        if (babywearing.wearsBaby()) {
            facts.add("Intake: wears the baby"
                    + babywearing
                            .hoursPerDay()
                            .map(hours -> " " + hours.toPlainString() + " h a day")
                            .orElse(""));
        }
        facts.addAll(Facts.painBroughtOnBy(
                intake, Set.of(AggravatingActivity.BABYWEARING, AggravatingActivity.HOLDING_ON_HIP)));
        return facts;
    }
}
