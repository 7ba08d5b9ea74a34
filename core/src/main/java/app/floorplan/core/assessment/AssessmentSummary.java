package app.floorplan.core.assessment;

import app.floorplan.core.intake.ObstetricHistory;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One assessment in a patient's list: who assessed when, the values a PT scans first, and the findings.
 *
 * @param revision the current version number; above 1 the assessment was corrected
 * @param irdAtUmbilicusAtRest the most often measured inter-rectus distance, when it was measured
 * @param oxford the pelvic floor strength, when an internal exam tested it
 * @param aslr the active straight leg raise, when it was done
 * @param painAtVisit the pain rated at the visit, when it was
 */
public record AssessmentSummary(
        AssessmentId id,
        LocalDate date,
        String therapistName,
        int revision,
        Optional<IrdReading> irdAtUmbilicusAtRest,
        Optional<OxfordGrade> oxford,
        Optional<AslrScore> aslr,
        Optional<PainAtVisitSection> painAtVisit,
        AssessmentFindings findings) {

    static AssessmentSummary of(
            Assessment assessment,
            String therapistName,
            DiastasisThresholds thresholds,
            Optional<ObstetricHistory> obstetricHistory) {
        var sections = assessment.sections();
        return new AssessmentSummary(
                assessment.id(),
                assessment.date(),
                therapistName,
                assessment.revision().number(),
                sections.diastasis().values().flatMap(d -> d.reading(IrdSite.UMBILICUS, IrdCondition.REST)),
                sections.pelvicFloor()
                        .values()
                        .flatMap(PelvicFloorSection::internalExam)
                        .flatMap(InternalExam::oxford),
                sections.deepCore().values().flatMap(DeepCoreSection::aslr),
                sections.painAtVisit().values(),
                AssessmentFindings.of(assessment, thresholds, obstetricHistory));
    }
}
