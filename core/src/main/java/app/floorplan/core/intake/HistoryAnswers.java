package app.floorplan.core.intake;

import java.util.Optional;

/** The relevant-history part of the intake form as typed. */
public record HistoryAnswers(
        boolean previousBackPain,
        boolean herniatedDisc,
        boolean pelvicGirdlePainInPregnancy,
        boolean surgery,
        String surgeryDetails) {

    RelevantHistory toRelevantHistory() {
        return new RelevantHistory(
                previousBackPain, herniatedDisc, pelvicGirdlePainInPregnancy, surgery, Optional.of(surgeryDetails));
    }
}
