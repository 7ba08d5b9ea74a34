package app.floorplan.core.suggestion;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentFindings;
import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.assessment.FindingArea;
import app.floorplan.core.assessment.FindingKind;
import app.floorplan.core.exercise.ProgramPhase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The highest phase a program may be suggested in: never above stability while the latest assessment that tested
 * doming found it, or the latest internal exam found a pelvic floor that is high-tone or does not relax fully. A newer
 * visit that skipped those tests says nothing about them, so it does not lift the ceiling. Program suggestions and
 * progression suggestions read the same ceiling.
 *
 * <p>Clinic rule: dynamic control (phase 3) and strength (phase 4) load the abdominal wall and the pelvic floor, and
 * doming means regress or hold while a high-tone pelvic floor gets relaxation work (domain brief, precautions); no
 * published source gives a phase ceiling.
 *
 * @param reasons the findings that hold the ceiling, each with its assessment's date; empty when there is no ceiling
 */
public record PhaseCeiling(List<String> reasons) {

    public static final ProgramPhase CEILING = ProgramPhase.STABILITY;

    private static final Set<FindingKind> DOMING = Set.of(FindingKind.DOMING_UNDER_LOAD);
    private static final Set<FindingKind> PELVIC_FLOOR_DOES_NOT_LET_GO =
            Set.of(FindingKind.PELVIC_FLOOR_HIGH_TONE, FindingKind.PELVIC_FLOOR_INCOMPLETE_RELAXATION);

    public PhaseCeiling {
        reasons = List.copyOf(reasons);
    }

    /** The ceiling from the patient's current assessment versions, in any order. */
    public static PhaseCeiling of(List<Assessment> assessments) {
        var reasons = new ArrayList<String>();
        reasons.addAll(reasons(assessments, FindingArea.DOMING, DOMING));
        reasons.addAll(reasons(assessments, FindingArea.PELVIC_FLOOR_INTERNAL_EXAM, PELVIC_FLOOR_DOES_NOT_LET_GO));
        return new PhaseCeiling(reasons);
    }

    /** The newest assessment that tested doming (at least one task), if any: the one a re-assessment must be. */
    public static Optional<LocalDate> latestDomingTest(List<Assessment> assessments) {
        return latestAssessing(assessments, FindingArea.DOMING).map(Assessment::date);
    }

    public boolean holds() {
        return !reasons.isEmpty();
    }

    /** Whether a phase is above the ceiling while it holds. */
    public boolean keepsOut(ProgramPhase phase) {
        return holds() && phase.number() > CEILING.number();
    }

    private static List<String> reasons(List<Assessment> assessments, FindingArea area, Set<FindingKind> kinds) {
        return latestAssessing(assessments, area)
                .map(assessment -> findings(assessment).findings().stream()
                        .filter(finding -> kinds.contains(finding.kind()))
                        .map(finding -> "Assessment on " + assessment.date() + ": " + finding.reason())
                        .toList())
                .orElse(List.of());
    }

    private static Optional<Assessment> latestAssessing(List<Assessment> assessments, FindingArea area) {
        return assessments.stream()
                .filter(assessment -> !findings(assessment).notAssessed().contains(area))
                .max(Comparator.comparing(Assessment::date));
    }

    // Doming and pelvic floor tone findings depend neither on the diastasis limits nor on the weeks since the birth.
    private static AssessmentFindings findings(Assessment assessment) {
        return AssessmentFindings.of(assessment, DiastasisThresholds.DEFAULT, Optional.empty());
    }
}
