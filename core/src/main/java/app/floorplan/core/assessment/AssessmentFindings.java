package app.floorplan.core.assessment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The findings of one assessment, and which finding areas were not assessed. An area that was not assessed yields no
 * findings, and is listed in {@code notAssessed} so that "no findings" is never read as "normal".
 */
public record AssessmentFindings(List<Finding> findings, Set<FindingArea> notAssessed) {

    public AssessmentFindings {
        findings = List.copyOf(findings);
        notAssessed = Set.copyOf(notAssessed);
    }

    public static AssessmentFindings of(Assessment assessment, DiastasisThresholds thresholds) {
        var sections = assessment.sections();
        var findings = new ArrayList<Finding>();
        var notAssessed = EnumSet.allOf(FindingArea.class);

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
                    findings.addAll(PelvicFloorFindings.of(exam));
                });
        sections.diastasis().values().ifPresent(diastasis -> {
            notAssessed.remove(FindingArea.DIASTASIS);
            findings.addAll(DiastasisFindings.of(diastasis, thresholds));
        });
        return new AssessmentFindings(findings, notAssessed);
    }

    public boolean has(FindingKind kind) {
        return findings.stream().anyMatch(finding -> finding.kind() == kind);
    }

    public List<Finding> ofKind(FindingKind kind) {
        return findings.stream().filter(finding -> finding.kind() == kind).toList();
    }
}
