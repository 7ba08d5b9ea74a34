package app.floorplan.core.progress;

import static app.floorplan.core.progress.PracticeFixtures.PATIENT;
import static app.floorplan.core.progress.PracticeFixtures.PROGRAM;
import static app.floorplan.core.progress.PracticeFixtures.PT;
import static app.floorplan.core.progress.PracticeFixtures.TODAY;
import static app.floorplan.core.progress.PracticeFixtures.doneDays;
import static app.floorplan.core.progress.PracticeFixtures.instant;
import static org.assertj.core.api.Assertions.assertThat;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.DeepCoreSection;
import app.floorplan.core.assessment.DomingTask;
import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.assessment.Perfect;
import app.floorplan.core.assessment.TvaActivation;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.ProgramFixtures;
import app.floorplan.core.progress.ProgressionSuggestion.Kind;
import app.floorplan.core.testing.PortFake;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Progress tab's suggestion reads the patient's assessments: a phase 2 program of 5 weeks with two good weeks does
 * not move to phase 3 while her latest doming test found doming (clinic rule), and swaps a harder variant within the
 * phase instead; once a newer test finds none, the phase moves on by itself. A high-tone pelvic floor at her latest
 * internal exam keeps phase 3 out in the same way.
 */
class ProgressReportProgressionTest {

    private static final LocalDate FIVE_WEEKS_AGO = TODAY.minusWeeks(5);

    private final ClinicId clinic = ClinicId.random();
    private final Actor pia = new Actor(AccountId.random(), "Pia", Role.PT, clinic, Optional.empty());
    private final Clock clock = Clock.fixed(instant(TODAY), ZoneOffset.UTC);
    private final HomeProgram program = HomeProgram.start(
            PROGRAM,
            PATIENT,
            ProgramFixtures.content(ProgramPhase.STABILITY, "dead-bug-marching"),
            PT,
            instant(FIVE_WEEKS_AGO));
    private final List<PracticeDay> days = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();

    private final PatientRepository patients = PortFake.of(
            PatientRepository.class,
            Map.of(
                    "findById",
                    args -> Optional.of(new Patient(
                            PATIENT,
                            clinic,
                            PatientDetails.of(
                                    "Anna",
                                    "Berg",
                                    LocalDate.of(1992, 3, 14),
                                    "",
                                    "",
                                    "English",
                                    Optional.of(pia.accountId()),
                                    "",
                                    TODAY),
                            false,
                            0))));
    private final HomeProgramRepository programs =
            PortFake.of(HomeProgramRepository.class, Map.of("current", args -> Optional.of(program)));
    private final IntakeRepository intakes =
            PortFake.of(IntakeRepository.class, Map.of("current", args -> Optional.empty()));
    private final AssessmentRepository assessed =
            PortFake.of(AssessmentRepository.class, Map.of("currentFor", args -> List.copyOf(assessments)));
    private final PracticeLogRepository practice =
            PortFake.of(PracticeLogRepository.class, Map.of("between", args -> List.copyOf(days)));
    private final AuditTrail audit = new AuditTrail(event -> {}, clock);

    private final ProgressReports reports = new ProgressReports(
            patients,
            programs,
            new HomePrograms(
                    programs,
                    patients,
                    intakes,
                    assessed,
                    (clinicId, id) -> ProgramFixtures.LIBRARY.find(id),
                    () -> pia,
                    audit,
                    clock),
            practice,
            intakes,
            assessed,
            (clinicId, id) -> ProgramFixtures.LIBRARY.find(id),
            () -> pia,
            audit,
            clock);

    ProgressReportProgressionTest() {
        // Fri 20 Nov: the weeks of 2 and 9 Nov are the last two full weeks, done on 5 days each
        days.addAll(doneDays(LocalDate.of(2026, 11, 2), 5));
        days.addAll(doneDays(LocalDate.of(2026, 11, 9), 5));
    }

    private static Assessment domingTest(LocalDate on, boolean domes) {
        return ProgramFixtures.assessment(
                on,
                AssessmentSections.builder()
                        .deepCore(new DeepCoreSection(
                                TvaActivation.GOOD, Map.of(DomingTask.HEAD_LIFT, domes), Optional.empty()))
                        .build());
    }

    @Test
    void doming_at_her_latest_doming_test_keeps_phase_3_out_and_a_harder_variant_within_phase_2_is_suggested() {
        assessments.add(domingTest(TODAY.minusDays(3), true));

        var suggestion = reports.open(PATIENT).suggestion().orElseThrow();

        assertThat(suggestion.kind()).isEqualTo(Kind.ADVANCE);
        assertThat(suggestion.changes())
                .containsExactly(
                        "Replace Dead bug level 1: marching with its harder variant Dead bug level 2: toe taps");
        assertThat(suggestion.reasons()).anySatisfy(reason -> assertThat(reason)
                .startsWith("the program stays in phase 2: phase 3 waits while Assessment on " + TODAY.minusDays(3)
                        + ": Doming during head lift"));
    }

    @Test
    void a_re_assessment_after_the_phase_started_without_doming_lets_phase_3_through_alone() {
        assessments.add(domingTest(FIVE_WEEKS_AGO.minusDays(1), true));
        assessments.add(domingTest(TODAY.minusDays(3), false));

        var suggestion = reports.open(PATIENT).suggestion().orElseThrow();

        assertThat(suggestion.changes()).containsExactly("Move to phase 3: Dynamic control");
        assertThat(suggestion.proposed().orElseThrow().items())
                .isEqualTo(program.current().content().items());
    }

    @Test
    void a_high_tone_pelvic_floor_at_her_latest_internal_exam_keeps_phase_3_out_after_a_clean_doming_test() {
        var highTone = new PelvicFloorSection(
                true,
                Optional.of(new InternalExam(
                        Perfect.of(3, 5, 5, 5, true, true, true),
                        Optional.of(PelvicFloorTone.HIGH),
                        Optional.of(PelvicFloorRelaxation.COMPLETE))),
                Set.of());
        assessments.add(ProgramFixtures.assessment(
                TODAY.minusDays(3),
                AssessmentSections.builder()
                        .deepCore(new DeepCoreSection(
                                TvaActivation.GOOD, Map.of(DomingTask.HEAD_LIFT, false), Optional.empty()))
                        .pelvicFloor(highTone)
                        .build()));

        var suggestion = reports.open(PATIENT).suggestion().orElseThrow();

        assertThat(suggestion.changes()).noneMatch(change -> change.startsWith("Move to phase"));
        assertThat(suggestion.reasons()).anySatisfy(reason -> assertThat(reason)
                .startsWith("the program stays in phase 2: phase 3 waits while Assessment on " + TODAY.minusDays(3))
                .contains("clinic rule"));
    }
}
