package app.floorplan.core.assessment;

import java.util.ArrayList;
import java.util.List;

/** Weakness versus a pelvic floor that cannot let go: different findings, since they need opposite training. */
final class PelvicFloorFindings {

    // Modified Oxford Scale (Laycock): grades 0-2 are none, flicker and weak.
    static final int WEAK_UP_TO_OXFORD = 2;

    private PelvicFloorFindings() {}

    static List<Finding> of(InternalExam exam) {
        var findings = new ArrayList<Finding>();
        var highTone = exam.tone() == PelvicFloorTone.HIGH;
        var incompleteRelaxation = exam.relaxation() == PelvicFloorRelaxation.INCOMPLETE;
        var oxford = exam.oxford();
        if (oxford.value() <= WEAK_UP_TO_OXFORD) {
            // Domain brief: a high-tone or poorly relaxing pelvic floor needs down-training, not more strengthening.
            var caution = highTone || incompleteRelaxation
                    ? "; the muscle does not let go, so the weakness may come from overactivity: down-train first"
                    : "";
            findings.add(Finding.of(
                    FindingKind.PELVIC_FLOOR_WEAK,
                    "Oxford " + oxford.value() + " (" + oxford.label() + ") <= " + WEAK_UP_TO_OXFORD
                            + " (Modified Oxford Scale, Laycock)" + caution));
        }
        if (highTone) {
            findings.add(Finding.of(
                    FindingKind.PELVIC_FLOOR_HIGH_TONE,
                    "High resting tone: down-training (relaxation, breathing), not more strengthening"));
        }
        if (incompleteRelaxation) {
            findings.add(Finding.of(
                    FindingKind.PELVIC_FLOOR_INCOMPLETE_RELAXATION,
                    "Incomplete relaxation after contraction: down-training (relaxation, breathing), not more"
                            + " strengthening"));
        }
        return findings;
    }
}
