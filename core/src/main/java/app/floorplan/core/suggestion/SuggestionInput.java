package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentFindings;
import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.assessment.Finding;
import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.assessment.MobilitySection;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.program.PrescriptionContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the suggestion rules read about one patient.
 *
 * @param latestAssessment the newest visit's assessment; empty before the first one
 * @param findings the findings of {@code latestAssessment}; with no assessment, none and every area not assessed
 * @param context the intake, the last scar and pelvic floor examinations and today, as the prescription gate sees them
 * @param ceiling the highest phase the findings of all assessments allow
 */
public record SuggestionInput(
        Optional<Assessment> latestAssessment,
        AssessmentFindings findings,
        PrescriptionContext context,
        PhaseCeiling ceiling) {

    public SuggestionInput {
        Objects.requireNonNull(latestAssessment, "latestAssessment");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(ceiling, "ceiling");
    }

    /**
     * The input from the patient's current assessment versions (any order) and current intake.
     *
     * @param thresholds the diastasis limits the clinic judges by
     */
    public static SuggestionInput of(
            List<Assessment> assessments, Optional<Intake> intake, DiastasisThresholds thresholds, LocalDate today) {
        var latest = assessments.stream().max(Comparator.comparing(Assessment::date));
        var findings = latest.map(assessment ->
                        AssessmentFindings.of(assessment, thresholds, intake.map(Intake::obstetricHistory)))
                .orElseGet(() -> new AssessmentFindings(List.of(), EnumSet.allOf(FindingArea.class)));
        return new SuggestionInput(
                latest, findings, PrescriptionContext.of(intake, assessments, today), PhaseCeiling.of(assessments));
    }

    /** The reasons of the findings of these kinds, in the order the assessment lists them. */
    public List<String> reasonsFor(Set<FindingKind> kinds) {
        return findings.findings().stream()
                .filter(finding -> kinds.contains(finding.kind()))
                .map(Finding::reason)
                .toList();
    }

    public boolean has(FindingKind kind) {
        return findings.has(kind);
    }

    public boolean notAssessed(FindingArea area) {
        return findings.notAssessed().contains(area);
    }

    public Optional<Intake> intake() {
        return context.intake();
    }

    /** Spinal mobility and posture from the latest assessment, when assessed there. */
    public Optional<MobilitySection> mobility() {
        return latestAssessment.flatMap(
                assessment -> assessment.sections().mobility().values());
    }
}
