package app.floorplan.core.assessment;

import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.WeeksPostpartum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The findings of one assessment, and what was not assessed. An area that was not assessed yields no findings, and is
 * listed in {@code notAssessed} so that "no findings" is never read as "normal"; the same holds for the items an
 * internal exam left not tested.
 *
 * @param notTested the items of the internal exam left not tested, in the order of the exam; empty without an exam
 *     (then the whole exam is in {@code notAssessed})
 */
public record AssessmentFindings(
        List<Finding> findings, Set<FindingArea> notAssessed, Set<InternalExamItem> notTested) {

    public AssessmentFindings {
        findings = List.copyOf(findings);
        notAssessed = Set.copyOf(notAssessed);
        notTested = Collections.unmodifiableSet(
                notTested.isEmpty() ? EnumSet.noneOf(InternalExamItem.class) : EnumSet.copyOf(notTested));
    }

    /** Findings without an internal exam, e.g. before the first assessment. */
    public AssessmentFindings(List<Finding> findings, Set<FindingArea> notAssessed) {
        this(findings, notAssessed, Set.of());
    }

    /**
     * @param thresholds the diastasis limits the patient's clinic judges by
     * @param obstetricHistory from the patient's current intake, for the time since the birth at the visit; empty
     *     without an intake
     */
    public static AssessmentFindings of(
            Assessment assessment, DiastasisThresholds thresholds, Optional<ObstetricHistory> obstetricHistory) {
        var sections = assessment.sections();
        var findings = new ArrayList<Finding>();
        var notAssessed = EnumSet.allOf(FindingArea.class);
        var notTested = EnumSet.noneOf(InternalExamItem.class);

        sections.painAtVisit().values().ifPresent(pain -> {
            notAssessed.remove(FindingArea.PAIN_AT_VISIT);
            PainFindings.of(pain).ifPresent(findings::add);
        });
        sections.breathing().values().ifPresent(breathing -> {
            notAssessed.remove(FindingArea.BREATHING);
            findings.addAll(BreathingFindings.of(breathing));
        });
        sections.deepCore().values().ifPresent(deepCore -> {
            if (deepCore.anyDomingTaskTested()) {
                notAssessed.remove(FindingArea.DOMING);
                DeepCoreFindings.doming(deepCore).ifPresent(findings::add);
            }
            deepCore.aslr().ifPresent(aslr -> {
                notAssessed.remove(FindingArea.ASLR);
                DeepCoreFindings.aslr(aslr).ifPresent(findings::add);
            });
        });
        sections.pelvicFloor().values().ifPresent(pelvicFloor -> {
            notAssessed.remove(FindingArea.PELVIC_FLOOR_SYMPTOMS);
            findings.addAll(PelvicFloorSymptomFindings.of(pelvicFloor.symptoms()));
        });
        sections.pelvicFloor()
                .values()
                .flatMap(PelvicFloorSection::internalExam)
                .ifPresent(exam -> {
                    notAssessed.remove(FindingArea.PELVIC_FLOOR_INTERNAL_EXAM);
                    notTested.addAll(exam.notTested());
                    findings.addAll(PelvicFloorFindings.of(exam));
                });
        sections.diastasis().values().ifPresent(diastasis -> {
            notAssessed.remove(FindingArea.DIASTASIS);
            findings.addAll(
                    DiastasisFindings.of(diastasis, thresholds, sinceBirth(obstetricHistory, assessment.date())));
        });
        return new AssessmentFindings(findings, notAssessed, notTested);
    }

    /** From the latest delivery on or before the visit: a birth after the visit says nothing about that day. */
    private static Optional<WeeksPostpartum> sinceBirth(Optional<ObstetricHistory> history, LocalDate visit) {
        return history.flatMap(h -> h.deliveries().stream()
                .map(Delivery::date)
                .filter(date -> !date.isAfter(visit))
                .max(Comparator.naturalOrder())
                .map(date -> WeeksPostpartum.since(date, visit)));
    }

    public boolean has(FindingKind kind) {
        return findings.stream().anyMatch(finding -> finding.kind() == kind);
    }

    public List<Finding> ofKind(FindingKind kind) {
        return findings.stream().filter(finding -> finding.kind() == kind).toList();
    }
}
