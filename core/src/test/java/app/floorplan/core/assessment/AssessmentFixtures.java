package app.floorplan.core.assessment;

import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.RedFlagScreen;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sections and assessments of one patient, normal unless a test says otherwise. */
final class AssessmentFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final PatientId PATIENT = PatientId.random();
    static final AccountId PT = AccountId.random();
    static final Instant RECORDED_AT = Instant.parse("2026-11-20T10:00:00Z");

    private AssessmentFixtures() {}

    static BreathingSection normalBreathing() {
        return new BreathingSection(BreathingPattern.DIAPHRAGMATIC, RibExpansion.FULL, RibExpansion.FULL, false, true);
    }

    static DeepCoreSection deepCore(Map<DomingTask, Boolean> doming, Optional<AslrScore> aslr) {
        return new DeepCoreSection(TvaActivation.GOOD, doming, aslr);
    }

    static Perfect perfect(int oxford) {
        int count = oxford == 0 ? 0 : Perfect.MAX_REPETITIONS;
        return Perfect.of(oxford, count, count, count, true, true, true);
    }

    static PelvicFloorSection examined(Perfect perfect, PelvicFloorTone tone, PelvicFloorRelaxation relaxation) {
        return new PelvicFloorSection(true, Optional.of(InternalExam.of(perfect, tone, relaxation)), Set.of());
    }

    static PelvicFloorSection examined(int oxford) {
        return examined(perfect(oxford), PelvicFloorTone.NORMAL, PelvicFloorRelaxation.COMPLETE);
    }

    static IrdReading ird(IrdSite site, IrdCondition condition, IrdMethod method, String amount) {
        return IrdReading.of(site, condition, method, new BigDecimal(amount));
    }

    static IrdReading ultrasound(IrdSite site, String millimetres) {
        return ird(site, IrdCondition.REST, IrdMethod.ULTRASOUND, millimetres);
    }

    static DiastasisSection diastasis(IrdReading... readings) {
        return diastasis(AboveUmbilicusOffset.THREE_CM, readings);
    }

    static DiastasisSection diastasis(AboveUmbilicusOffset offset, IrdReading... readings) {
        return new DiastasisSection(
                offset, BelowUmbilicusOffset.TWO_CM, List.of(readings), Optional.empty(), Optional.empty());
    }

    static DiastasisSection diastasis(BelowUmbilicusOffset offset, IrdReading... readings) {
        return new DiastasisSection(
                AboveUmbilicusOffset.THREE_CM, offset, List.of(readings), Optional.empty(), Optional.empty());
    }

    static Assessment assessment(LocalDate date, AssessmentSections sections) {
        return Assessment.record(
                AssessmentId.random(),
                PATIENT,
                PT,
                date,
                sections,
                RedFlagScreen.allNegative(),
                false,
                TODAY,
                RECORDED_AT);
    }

    static Assessment assessment(AssessmentSections sections) {
        return assessment(TODAY, sections);
    }
}
