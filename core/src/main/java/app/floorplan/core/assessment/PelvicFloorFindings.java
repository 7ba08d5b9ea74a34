package app.floorplan.core.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Weakness, a strong muscle that tires or slows, and a pelvic floor that cannot let go: different findings, since they
 * need different training. An item that was not tested yields no finding.
 */
final class PelvicFloorFindings {

    // Clinic rule: Oxford 0-2 (none, flicker, weak on the Modified Oxford Scale, [LAYCOCK-2001]) is a weak pelvic
    // floor. The scale names the grades; the line drawn under grade 2 is FloorPlan's, not Laycock's.
    static final int WEAK_UP_TO_OXFORD = 2;
    // Clinic rule: with at least moderate power (Oxford 3), endurance, repetitions or fast contractions short of the 10
    // the exam counts to (PERFECT, [LAYCOCK-2001]) are a finding of their own: the muscle is strong enough but tires.
    static final int TARGET_COUNT = 10;

    private PelvicFloorFindings() {}

    static List<Finding> of(InternalExam exam) {
        var findings = new ArrayList<Finding>();
        var highTone = exam.tone().equals(Optional.of(PelvicFloorTone.HIGH));
        var incompleteRelaxation = exam.relaxation().equals(Optional.of(PelvicFloorRelaxation.INCOMPLETE));
        exam.oxford().ifPresent(oxford -> {
            if (oxford.value() <= WEAK_UP_TO_OXFORD) {
                findings.add(weak(oxford, highTone || incompleteRelaxation));
            } else {
                shortOfTarget(oxford, exam.perfect()).ifPresent(findings::add);
            }
        });
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

    private static Finding weak(OxfordGrade oxford, boolean doesNotLetGo) {
        // Domain brief: a high-tone or poorly relaxing pelvic floor needs down-training, not more strengthening.
        var caution = doesNotLetGo
                ? "; the muscle does not let go, so the weakness may come from overactivity: down-train first"
                : "";
        return Finding.of(
                FindingKind.PELVIC_FLOOR_WEAK,
                "Oxford " + oxford.value() + " (" + oxford.label() + ") <= " + WEAK_UP_TO_OXFORD
                        + " (clinic rule; grades of the Modified Oxford Scale, Laycock 2001)" + caution);
    }

    private static Optional<Finding> shortOfTarget(OxfordGrade oxford, Perfect perfect) {
        var belowTarget = new ArrayList<String>();
        perfect.enduranceSeconds()
                .filter(seconds -> seconds < TARGET_COUNT)
                .ifPresent(seconds -> belowTarget.add("endurance " + seconds + " s"));
        perfect.repetitions()
                .filter(count -> count < TARGET_COUNT)
                .ifPresent(count -> belowTarget.add("repetitions " + count));
        perfect.fastContractions()
                .filter(count -> count < TARGET_COUNT)
                .ifPresent(count -> belowTarget.add("fast contractions " + count));
        if (belowTarget.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(
                FindingKind.PELVIC_FLOOR_LOW_ENDURANCE,
                "Oxford " + oxford.value() + " (" + oxford.label() + ") but " + String.join(", ", belowTarget)
                        + ": below the " + TARGET_COUNT + " the exam counts to (clinic rule; PERFECT scheme,"
                        + " Laycock 2001)"));
    }
}
