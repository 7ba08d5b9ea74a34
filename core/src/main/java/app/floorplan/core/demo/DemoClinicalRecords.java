package app.floorplan.core.demo;

import app.floorplan.core.assessment.AboveUmbilicusOffset;
import app.floorplan.core.assessment.AslrScore;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.BelowUmbilicusOffset;
import app.floorplan.core.assessment.BreathingPattern;
import app.floorplan.core.assessment.BreathingSection;
import app.floorplan.core.assessment.CaesareanScarSection;
import app.floorplan.core.assessment.DeepCoreSection;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.DomingTask;
import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdMethod;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.LineaAlbaDepth;
import app.floorplan.core.assessment.LineaAlbaTension;
import app.floorplan.core.assessment.MobilityGrade;
import app.floorplan.core.assessment.MobilitySection;
import app.floorplan.core.assessment.PainAtVisitSection;
import app.floorplan.core.assessment.PelvicCompressionEffect;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorSymptom;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.assessment.Perfect;
import app.floorplan.core.assessment.PostureObservation;
import app.floorplan.core.assessment.RibExpansion;
import app.floorplan.core.assessment.ScarMobility;
import app.floorplan.core.assessment.ScarSensitivity;
import app.floorplan.core.assessment.TvaActivation;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.AggravatingActivity;
import app.floorplan.core.intake.Babywearing;
import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.DeliveryMode;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeId;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.PainCharacter;
import app.floorplan.core.intake.PainProfile;
import app.floorplan.core.intake.PainSite;
import app.floorplan.core.intake.PerinealTrauma;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.RelevantHistory;
import app.floorplan.core.mood.EpdsAnswers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Realistic intakes and two assessments each for the demo patients: Anna improves her diastasis, pelvic floor
 * strength and pain, Bea recovers from an emergency caesarean, Chloé has a high-tone pelvic floor, an open red flag and
 * a worst pain that eases while her pain now changes by less than the minimal important difference.
 */
final class DemoClinicalRecords {

    private final IntakeRepository intakes;
    private final AssessmentRepository assessments;
    private final Clock clock;
    private final LocalDate today;

    DemoClinicalRecords(IntakeRepository intakes, AssessmentRepository assessments, Clock clock) {
        this.intakes = intakes;
        this.assessments = assessments;
        this.clock = clock;
        this.today = LocalDate.now(clock);
    }

    void anna(PatientId anna, LocalDate born, AccountId pt) {
        LocalDate birth = today.minusWeeks(14);
        intake(
                anna,
                pt,
                ObstetricHistory.create(
                        1,
                        1,
                        List.of(Delivery.of(
                                birth,
                                DeliveryMode.SPONTANEOUS_VAGINAL,
                                PerinealTrauma.SECOND_DEGREE,
                                true,
                                Optional.of(new BigDecimal("3.6")))),
                        Feeding.EXCLUSIVE_BREASTFEEDING,
                        Babywearing.of(true, Optional.of(new BigDecimal("2"))),
                        born,
                        today),
                PainProfile.create(
                        5,
                        7,
                        Set.of(PainSite.LOWER_BACK, PainSite.HIPS_GLUTES),
                        Set.of(PainCharacter.ACHE),
                        Set.of(
                                AggravatingActivity.LIFTING_BABY,
                                AggravatingActivity.FEEDING_HUNCHED,
                                AggravatingActivity.END_OF_DAY),
                        Optional.of(birth.plusWeeks(3)),
                        today),
                new RelevantHistory(false, false, true, false, Optional.empty()),
                RedFlagScreen.allNegative(),
                birth.plusWeeks(6));
        assessment(
                anna,
                pt,
                today.minusWeeks(8),
                false,
                AssessmentSections.builder()
                        .painAtVisit(PainAtVisitSection.of(5, 7))
                        .breathing(new BreathingSection(
                                BreathingPattern.UPPER_CHEST_DOMINANT,
                                RibExpansion.REDUCED,
                                RibExpansion.REDUCED,
                                true,
                                false))
                        .deepCore(new DeepCoreSection(
                                TvaActivation.WEAK,
                                Map.of(DomingTask.HEAD_LIFT, true, DomingTask.CURL_UP, true),
                                Optional.of(AslrScore.of(2, 1, Optional.of(PelvicCompressionEffect.BETTER)))))
                        .pelvicFloor(new PelvicFloorSection(
                                true,
                                Optional.of(InternalExam.of(
                                        Perfect.of(2, 4, 4, 5, false, false, false),
                                        PelvicFloorTone.NORMAL,
                                        PelvicFloorRelaxation.COMPLETE)),
                                Set.of(PelvicFloorSymptom.STRESS_URINARY_INCONTINENCE)))
                        .diastasis(diastasis(IrdMethod.CALIPER, "22", "19", "28", "24", "12", LineaAlbaTension.SOFT, 2))
                        .mobility(new MobilitySection(
                                MobilityGrade.LIMITED,
                                MobilityGrade.LIMITED,
                                MobilityGrade.FULL,
                                MobilityGrade.PAINFUL,
                                Set.of(PostureObservation.RIB_FLARE, PostureObservation.SWAY_POSTURE)))
                        .build());
        assessment(
                anna,
                pt,
                today.minusWeeks(2),
                false,
                AssessmentSections.builder()
                        .painAtVisit(PainAtVisitSection.of(2, 4))
                        .breathing(new BreathingSection(
                                BreathingPattern.DIAPHRAGMATIC, RibExpansion.FULL, RibExpansion.REDUCED, false, true))
                        .deepCore(new DeepCoreSection(
                                TvaActivation.GOOD,
                                Map.of(DomingTask.HEAD_LIFT, false, DomingTask.CURL_UP, true),
                                Optional.of(AslrScore.of(1, 0, Optional.of(PelvicCompressionEffect.BETTER)))))
                        .pelvicFloor(new PelvicFloorSection(
                                true,
                                Optional.of(InternalExam.of(
                                        Perfect.of(3, 7, 6, 8, true, true, false),
                                        PelvicFloorTone.NORMAL,
                                        PelvicFloorRelaxation.COMPLETE)),
                                Set.of(PelvicFloorSymptom.STRESS_URINARY_INCONTINENCE)))
                        .diastasis(diastasis(IrdMethod.CALIPER, "15", "13", "19", "16", "10", LineaAlbaTension.FIRM, 1))
                        .mobility(new MobilitySection(
                                MobilityGrade.FULL,
                                MobilityGrade.LIMITED,
                                MobilityGrade.FULL,
                                MobilityGrade.FULL,
                                Set.of(PostureObservation.RIB_FLARE)))
                        .build());
    }

    void bea(PatientId bea, LocalDate born, AccountId pt) {
        LocalDate birth = today.minusWeeks(10);
        intake(
                bea,
                pt,
                ObstetricHistory.create(
                        2,
                        2,
                        List.of(
                                Delivery.of(
                                        today.minusYears(4),
                                        DeliveryMode.SPONTANEOUS_VAGINAL,
                                        PerinealTrauma.FIRST_DEGREE,
                                        false,
                                        Optional.of(new BigDecimal("3.4"))),
                                Delivery.of(
                                        birth,
                                        DeliveryMode.EMERGENCY_CAESAREAN,
                                        PerinealTrauma.NONE,
                                        true,
                                        Optional.of(new BigDecimal("3.9")))),
                        Feeding.PARTIAL,
                        Babywearing.of(true, Optional.of(new BigDecimal("3.5"))),
                        born,
                        today),
                PainProfile.create(
                        4,
                        6,
                        Set.of(PainSite.MID_UPPER_BACK, PainSite.NECK),
                        Set.of(PainCharacter.ACHE, PainCharacter.BURNING),
                        Set.of(AggravatingActivity.FEEDING_HUNCHED, AggravatingActivity.BABYWEARING),
                        Optional.of(birth.plusWeeks(2)),
                        today),
                new RelevantHistory(true, false, false, true, Optional.of("Emergency caesarean section")),
                RedFlagScreen.allNegative(),
                birth.plusWeeks(6));
        assessment(
                bea,
                pt,
                today.minusWeeks(4),
                true,
                AssessmentSections.builder()
                        .painAtVisit(PainAtVisitSection.of(4, 6))
                        .breathing(new BreathingSection(
                                BreathingPattern.DIAPHRAGMATIC,
                                RibExpansion.REDUCED,
                                RibExpansion.REDUCED,
                                true,
                                false))
                        .deepCore(new DeepCoreSection(
                                TvaActivation.WITH_SUBSTITUTION, Map.of(DomingTask.HEAD_LIFT, true), Optional.empty()))
                        .pelvicFloor(PelvicFloorSection.withoutInternalExam(false, Set.of()))
                        .diastasis(
                                diastasis(IrdMethod.PALPATION, "2.5", "2", "3", "2.5", "1.5", LineaAlbaTension.SOFT, 2))
                        .mobility(new MobilitySection(
                                MobilityGrade.LIMITED,
                                MobilityGrade.PAINFUL,
                                MobilityGrade.FULL,
                                MobilityGrade.FULL,
                                Set.of(PostureObservation.FORWARD_HEAD, PostureObservation.ROUNDED_SHOULDERS)))
                        .caesareanScar(
                                new CaesareanScarSection(true, ScarMobility.RESTRICTED, ScarSensitivity.HYPERSENSITIVE))
                        .build());
        assessment(
                bea,
                pt,
                today.minusWeeks(1),
                true,
                AssessmentSections.builder()
                        .painAtVisit(PainAtVisitSection.of(2, 3))
                        .breathing(new BreathingSection(
                                BreathingPattern.DIAPHRAGMATIC, RibExpansion.FULL, RibExpansion.FULL, false, true))
                        .deepCore(new DeepCoreSection(
                                TvaActivation.GOOD, Map.of(DomingTask.HEAD_LIFT, false), Optional.empty()))
                        .pelvicFloor(PelvicFloorSection.withoutInternalExam(false, Set.of()))
                        .diastasis(
                                diastasis(IrdMethod.PALPATION, "2", "1.5", "2", "1.5", "1", LineaAlbaTension.FIRM, 1))
                        .mobility(new MobilitySection(
                                MobilityGrade.FULL,
                                MobilityGrade.LIMITED,
                                MobilityGrade.FULL,
                                MobilityGrade.FULL,
                                Set.of(PostureObservation.FORWARD_HEAD)))
                        .caesareanScar(new CaesareanScarSection(true, ScarMobility.MOBILE, ScarSensitivity.NORMAL))
                        .build());
    }

    void chloe(PatientId chloe, LocalDate born, AccountId pt) {
        LocalDate birth = today.minusWeeks(30);
        intake(
                chloe,
                pt,
                ObstetricHistory.create(
                        1,
                        1,
                        List.of(Delivery.of(
                                birth,
                                DeliveryMode.VACUUM,
                                PerinealTrauma.EPISIOTOMY,
                                true,
                                Optional.of(new BigDecimal("3.2")))),
                        Feeding.NONE,
                        Babywearing.none(),
                        born,
                        today),
                PainProfile.create(
                        6,
                        8,
                        Set.of(PainSite.PELVIC_GIRDLE, PainSite.LOWER_BACK),
                        Set.of(PainCharacter.SHARP),
                        Set.of(AggravatingActivity.STANDING_UP_FROM_FLOOR, AggravatingActivity.LIFTING_CAR_SEAT),
                        Optional.of(birth.plusWeeks(8)),
                        today),
                new RelevantHistory(true, false, false, false, Optional.empty()),
                new RedFlagScreen(Set.of(RedFlag.SEVERE_NIGHT_PAIN)),
                today.minusWeeks(3));
        for (LocalDate visit : List.of(today.minusWeeks(3), today.minusDays(3))) {
            boolean later = visit.isAfter(today.minusWeeks(1));
            assessment(
                    chloe,
                    pt,
                    visit,
                    false,
                    AssessmentSections.builder()
                            .painAtVisit(later ? PainAtVisitSection.of(5, 6) : PainAtVisitSection.of(6, 8))
                            .pelvicFloor(new PelvicFloorSection(
                                    true,
                                    Optional.of(InternalExam.of(
                                            Perfect.of(3, later ? 6 : 5, 5, 6, true, false, false),
                                            PelvicFloorTone.HIGH,
                                            later ? PelvicFloorRelaxation.COMPLETE : PelvicFloorRelaxation.INCOMPLETE)),
                                    Set.of(PelvicFloorSymptom.DYSPAREUNIA)))
                            .diastasis(diastasis(
                                    IrdMethod.ULTRASOUND,
                                    "12",
                                    "11",
                                    later ? "15" : "17",
                                    "14",
                                    "8",
                                    LineaAlbaTension.FIRM,
                                    0))
                            .build());
        }
    }

    private void intake(
            PatientId patient,
            AccountId pt,
            ObstetricHistory history,
            PainProfile pain,
            RelevantHistory relevant,
            RedFlagScreen redFlags,
            LocalDate recordedOn) {
        intakes.add(Intake.record(IntakeId.random(), patient, history, pain, relevant, redFlags, pt, at(recordedOn)));
    }

    private void assessment(
            PatientId patient, AccountId pt, LocalDate visit, boolean hadCaesarean, AssessmentSections sections) {
        // Every demo visit asked the red-flag screen again, all "no", with an EPDS well below any cut-off.
        var screen = RedFlagScreen.fromAnswers(
                RedFlag.asked().stream().collect(Collectors.toMap(flag -> flag, flag -> false)),
                Optional.of(EpdsAnswers.ofScores(1, 1, 1, 1, 0, 1, 0, 1, 0, 0)));
        assessments.add(Assessment.record(
                AssessmentId.random(), patient, pt, visit, sections, screen, hadCaesarean, today, at(visit)));
    }

    private Instant at(LocalDate day) {
        ZoneId zone = clock.getZone();
        return day.atTime(10, 30).atZone(zone).toInstant();
    }

    private static DiastasisSection diastasis(
            IrdMethod method,
            String aboveRest,
            String aboveHeadLift,
            String umbilicusRest,
            String umbilicusHeadLift,
            String belowRest,
            LineaAlbaTension tension,
            int depth) {
        return new DiastasisSection(
                AboveUmbilicusOffset.THREE_CM,
                BelowUmbilicusOffset.TWO_CM,
                List.of(
                        IrdReading.of(IrdSite.ABOVE_UMBILICUS, IrdCondition.REST, method, new BigDecimal(aboveRest)),
                        IrdReading.of(
                                IrdSite.ABOVE_UMBILICUS, IrdCondition.HEAD_LIFT, method, new BigDecimal(aboveHeadLift)),
                        IrdReading.of(IrdSite.UMBILICUS, IrdCondition.REST, method, new BigDecimal(umbilicusRest)),
                        IrdReading.of(
                                IrdSite.UMBILICUS, IrdCondition.HEAD_LIFT, method, new BigDecimal(umbilicusHeadLift)),
                        IrdReading.of(IrdSite.BELOW_UMBILICUS, IrdCondition.REST, method, new BigDecimal(belowRest))),
                Optional.of(tension),
                Optional.of(LineaAlbaDepth.of(depth)));
    }
}
