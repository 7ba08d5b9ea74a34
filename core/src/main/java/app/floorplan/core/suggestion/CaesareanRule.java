package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.CaesareanScarSection;
import app.floorplan.core.assessment.ScarMobility;
import app.floorplan.core.assessment.ScarSensitivity;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.program.PrescriptionContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A C-section in the obstetric history (domain brief: scar tissue, adhesions, guarding and delayed core activation).
 * Scar care only once the scar has healed: a numb or oversensitive scar gets desensitisation, a restricted or adherent
 * one mobilisation; before that, a precaution. In the early weeks after a caesarean (commonly &lt; 6 weeks, until
 * cleared: a clinic rule, no published source gives the number) no loaded abdominal work, and the program starts in
 * phase 1; the prescription gate withholds the loaded exercises themselves.
 */
final class CaesareanRule implements SuggestionRule {

    static final String NO_SCAR_WORK_YET =
            "No scar massage or mobilisation until the scar has healed and a clinician has cleared it";
    static final String NO_LOADED_ABDOMINAL_WORK = "No loaded abdominal work (planks, dead bugs, the tabletop wall bug"
            + " press, heavy lifting) until " + PrescriptionContext.EARLY_WEEKS_AFTER_CAESAREAN
            + " weeks after the C-section and until cleared";

    @Override
    public RuleOutcome apply(SuggestionInput input) {
        var intake = input.intake();
        if (intake.isEmpty() || !intake.get().obstetricHistory().hadCaesarean()) {
            return RuleOutcome.none();
        }
        var outcome = RuleOutcome.builder();
        var context = input.context();
        context.scarAssessment()
                .ifPresentOrElse(
                        examined ->
                                scar(outcome, examined.date(), context.scar().orElseThrow()),
                        () -> outcome.precaution(
                                NO_SCAR_WORK_YET,
                                List.of("Intake: C-section; no assessment has examined the scar yet")));
        context.earlyWeeksAfterCaesarean().ifPresent(since -> {
            var mode = context.latestDelivery().orElseThrow().mode().label();
            var because = List.of("Intake: " + mode.toLowerCase(Locale.ROOT) + " " + since.label()
                    + " ago, within the early weeks (commonly < " + PrescriptionContext.EARLY_WEEKS_AFTER_CAESAREAN
                    + " weeks, until cleared; clinic rule)");
            outcome.phase(ProgramPhase.BREATH_AND_CONNECTION, because)
                    .precaution(NO_LOADED_ABDOMINAL_WORK, because)
                    .advice(DailyLifeAdvice.GETTING_IN_AND_OUT_OF_BED, because);
        });
        return outcome.build();
    }

    private static void scar(RuleOutcome.Builder outcome, LocalDate examined, CaesareanScarSection scar) {
        if (!scar.healed()) {
            outcome.precaution(NO_SCAR_WORK_YET, List.of("Assessment on " + examined + ": C-section scar not healed"));
            return;
        }
        var because = List.of("Assessment on " + examined + ": " + describe(scar));
        outcome.advice(DailyLifeAdvice.SCAR_CARE, because);
        if (scar.sensitivity() != ScarSensitivity.NORMAL) {
            outcome.exercise(LibraryCodes.SCAR_DESENSITISATION, because);
        }
        if (scar.mobility() != ScarMobility.MOBILE) {
            outcome.exercise(LibraryCodes.SCAR_MOBILISATION, because);
        }
    }

    private static String describe(CaesareanScarSection scar) {
        return "C-section scar healed, " + scar.mobility().label().toLowerCase(Locale.ROOT) + ", sensitivity "
                + scar.sensitivity().label().toLowerCase(Locale.ROOT);
    }
}
