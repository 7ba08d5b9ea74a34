package app.floorplan.core.suggestion;

import static app.floorplan.core.program.ProgramFixtures.TODAY;

import app.floorplan.core.assessment.AboveUmbilicusOffset;
import app.floorplan.core.assessment.AslrScore;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.BelowUmbilicusOffset;
import app.floorplan.core.assessment.BreathingPattern;
import app.floorplan.core.assessment.BreathingSection;
import app.floorplan.core.assessment.CaesareanScarSection;
import app.floorplan.core.assessment.DeepCoreSection;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.assessment.DomingTask;
import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdMethod;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.MobilityGrade;
import app.floorplan.core.assessment.MobilitySection;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.assessment.Perfect;
import app.floorplan.core.assessment.RibExpansion;
import app.floorplan.core.assessment.ScarMobility;
import app.floorplan.core.assessment.ScarSensitivity;
import app.floorplan.core.assessment.TvaActivation;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.program.ProgramFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Assessment sections with one finding each, and suggestion inputs of today's visit. */
final class SuggestionFixtures {

    private SuggestionFixtures() {}

    /** The input of a visit today with these sections, and the intake. */
    static SuggestionInput visit(UnaryOperator<AssessmentSections.Builder> sections, Intake intake) {
        var assessment = ProgramFixtures.assessment(
                TODAY, sections.apply(AssessmentSections.builder()).build());
        return SuggestionInput.of(List.of(assessment), Optional.of(intake), DiastasisThresholds.DEFAULT, TODAY);
    }

    /** A visit today with these sections; the intake is a vaginal birth 12 weeks ago with lower back pain. */
    static SuggestionInput visit(UnaryOperator<AssessmentSections.Builder> sections) {
        return visit(sections, ProgramFixtures.intake().build());
    }

    /** No assessment yet, only the intake. */
    static SuggestionInput intakeOnly(Intake intake) {
        return SuggestionInput.of(List.of(), Optional.of(intake), DiastasisThresholds.DEFAULT, TODAY);
    }

    static DeepCoreSection doming(DomingTask task, boolean domes) {
        return new DeepCoreSection(TvaActivation.WEAK, Map.of(task, domes), Optional.empty());
    }

    static DeepCoreSection aslr(int left, int right) {
        return new DeepCoreSection(
                TvaActivation.GOOD, Map.of(), Optional.of(AslrScore.of(left, right, Optional.empty())));
    }

    static DiastasisSection umbilicusMillimetres(String millimetres) {
        return new DiastasisSection(
                AboveUmbilicusOffset.THREE_CM,
                BelowUmbilicusOffset.TWO_CM,
                List.of(IrdReading.of(
                        IrdSite.UMBILICUS, IrdCondition.REST, IrdMethod.ULTRASOUND, new BigDecimal(millimetres))),
                Optional.empty(),
                Optional.empty());
    }

    static BreathingSection breathing(BreathingPattern pattern, boolean holdsBreath, boolean exhalesOnEffort) {
        return new BreathingSection(pattern, RibExpansion.REDUCED, RibExpansion.REDUCED, holdsBreath, exhalesOnEffort);
    }

    static PelvicFloorSection pelvicFloor(int oxford, PelvicFloorTone tone, PelvicFloorRelaxation relaxation) {
        var perfect =
                Perfect.of(oxford, oxford == 0 ? 0 : 5, oxford == 0 ? 0 : 5, oxford == 0 ? 0 : 5, true, true, true);
        return new PelvicFloorSection(true, Optional.of(InternalExam.of(perfect, tone, relaxation)), Set.of());
    }

    static PelvicFloorSection pelvicFloor(int oxford) {
        return pelvicFloor(oxford, PelvicFloorTone.NORMAL, PelvicFloorRelaxation.COMPLETE);
    }

    static MobilitySection thoracicRotation(MobilityGrade left, MobilityGrade right) {
        return new MobilitySection(left, right, MobilityGrade.FULL, MobilityGrade.FULL, Set.of());
    }

    static CaesareanScarSection scar(boolean healed, ScarMobility mobility, ScarSensitivity sensitivity) {
        return new CaesareanScarSection(healed, mobility, sensitivity);
    }
}
