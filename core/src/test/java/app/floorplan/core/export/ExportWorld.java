package app.floorplan.core.export;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.PasswordHash;
import app.floorplan.core.account.Username;
import app.floorplan.core.assessment.AboveUmbilicusOffset;
import app.floorplan.core.assessment.AslrScore;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.BelowUmbilicusOffset;
import app.floorplan.core.assessment.DeepCoreSection;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.InternalExam;
import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdMethod;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.PainAtVisitSection;
import app.floorplan.core.assessment.PelvicFloorRelaxation;
import app.floorplan.core.assessment.PelvicFloorSection;
import app.floorplan.core.assessment.PelvicFloorTone;
import app.floorplan.core.assessment.Perfect;
import app.floorplan.core.assessment.TvaActivation;
import app.floorplan.core.clinic.Clinic;
import app.floorplan.core.clinic.ClinicRepository;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.Babywearing;
import app.floorplan.core.intake.Delivery;
import app.floorplan.core.intake.DeliveryMode;
import app.floorplan.core.intake.Feeding;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeId;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.PainProfile;
import app.floorplan.core.intake.PerinealTrauma;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagOutcome;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.RelevantHistory;
import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.PatientSide;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramFixtures;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.questionnaire.InMemoryQuestionnaires;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.ResponseId;
import app.floorplan.core.questionnaire.ResponseSource;
import app.floorplan.core.safety.GetHelpNow;
import app.floorplan.core.testing.PortFake;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;

/**
 * The export use cases over in-memory ports, with a patient whose record has something of every kind: an intake with
 * history, an assessment with every measure, a program in two versions and a practice log. Also used by the export
 * module's tests to get a realistic {@link PatientRecord} and {@link PlanDocument}.
 */
public final class ExportWorld {

    /** A PSFS activity in her words, with markup that must stay text. */
    public static final String PSFS_ACTIVITY = "Lifting the <b>car seat</b>";

    public static final String CLINIC_NAME = "Praxis Südufer";
    public static final String GIVEN_NAME = "Chloé";
    public static final String FAMILY_NAME = "Wiśniewska-Yılmaz";
    public static final String RED_FLAG_NOTE = "Wakes to feed the baby; the pain eases once she moves";

    public final PatientSide side = new PatientSide();
    public final List<PlanDocument> renderedPlans = new ArrayList<>();
    public final List<PatientRecord> renderedRecords = new ArrayList<>();
    public final List<PatientRecord> writtenBundles = new ArrayList<>();
    private final Map<PatientId, Intake> intakes = new HashMap<>();
    private final Map<PatientId, List<Assessment>> assessments = new HashMap<>();
    private final AccountId prescriber = AccountId.random();

    private final ClinicRepository clinics = PortFake.of(
            ClinicRepository.class, Map.of("findById", args -> Optional.of(new Clinic(side.clinic, CLINIC_NAME))
                    .filter(clinic -> clinic.id().equals(args[0]))));
    private final IntakeRepository intakeRepository = PortFake.of(
            IntakeRepository.class, Map.of("current", args -> Optional.ofNullable(intakes.get((PatientId) args[0]))));
    private final AssessmentRepository assessmentRepository = PortFake.of(
            AssessmentRepository.class,
            Map.of("currentFor", args -> assessments.getOrDefault((PatientId) args[0], List.of())));
    private final AccountRepository accounts = PortFake.of(
            AccountRepository.class,
            Map.<String, Function<Object[], Object>>of(
                    "findById",
                    args -> args[0].equals(prescriber)
                            ? Optional.of(new Account(
                                    prescriber,
                                    side.clinic,
                                    Username.of("pia"),
                                    "Pia Lindqvist",
                                    Role.PT,
                                    new PasswordHash("{argon2@SpringSecurity_v5_8}not-a-real-hash"),
                                    true,
                                    Optional.empty(),
                                    0))
                            : Optional.empty()));

    public final PlanDocumentSources planSources = new PlanDocumentSources(
            side.exercises, accounts, side.calendar, new GetHelpNow(GetHelpNow.DEFAULT_EMERGENCY_NUMBER));
    public final InMemoryQuestionnaires questionnaires = new InMemoryQuestionnaires(id -> true);

    public final RecordSources recordSources = new RecordSources(
            clinics,
            intakeRepository,
            assessmentRepository,
            side.programRepository,
            side.log,
            questionnaires,
            planSources);

    public final PlanDocuments planDocuments = new PlanDocuments(
            side.patientRepository,
            clinics,
            side.programRepository,
            planSources,
            (document, paper) -> {
                renderedPlans.add(document);
                return ("%PDF " + paper).getBytes();
            },
            side.currentActor,
            side.auditTrail);

    private final RecordBundleWriter bundleWriter = record -> {
        writtenBundles.add(record);
        return "{}".getBytes();
    };
    private final RecordDocumentRenderer recordRenderer = (record, paper) -> {
        renderedRecords.add(record);
        return ("%PDF " + paper).getBytes();
    };

    public final RecordExports recordExports =
            new RecordExports(side.patientRepository, recordSources, bundleWriter, side.currentActor, side.auditTrail);

    public final RecordCopies recordCopies = new RecordCopies(
            side.patientRepository, recordSources, bundleWriter, recordRenderer, side.currentActor, side.auditTrail);

    /**
     * Chloé, with an intake (night pain on the red-flag screen, cleared by her PT), an assessment, a revised program and
     * three logged days; she is logged in.
     */
    public PatientId patientWithFullRecord() {
        PatientId patient = side.patient(GIVEN_NAME, FAMILY_NAME, false);
        intakes.put(patient, intake(patient));
        assessments.put(patient, List.of(assessment(patient)));
        side.program(revisedProgram(patient, "Keep the exhale long <b>not</b> forced"));
        side.log.save(day(patient, LocalDate.of(2026, 11, 16), Completion.DONE, 3, Set.of(), ""));
        side.log.save(day(patient, LocalDate.of(2026, 11, 17), Completion.PARTLY, 4, Set.of(SymptomFlag.DOMING), ""));
        side.log.save(day(
                patient,
                LocalDate.of(2026, 11, 18),
                Completion.DONE,
                2,
                Set.of(SymptomFlag.OTHER),
                "Tired after a short night"));
        questionnaires(patient);
        return patient;
    }

    /**
     * A PFDI-20 she sent from her phone, a PSFS activity in her words (with markup), an ODI total the PT entered from
     * paper, and an EPDS; the intake's red-flag screen asked the EPDS too.
     */
    private void questionnaires(PatientId patient) {
        var pfdi = new java.util.HashMap<Integer, Integer>();
        for (int item = 1; item <= 20; item++) {
            pfdi.put(item, item <= 6 ? 2 : 1);
        }
        response(
                patient,
                LocalDate.of(2026, 11, 3),
                ResponseSource.PATIENT,
                QuestionnaireAnswers.ofInts(Instrument.PFDI_20, pfdi));
        response(
                patient,
                LocalDate.of(2026, 11, 3),
                ResponseSource.PAPER,
                new QuestionnaireAnswers(
                        Instrument.PSFS,
                        new java.util.TreeMap<>(Map.of(1, BigDecimal.valueOf(4))),
                        Map.of(1, PSFS_ACTIVITY)));
        response(
                patient,
                LocalDate.of(2026, 11, 10),
                ResponseSource.PAPER,
                QuestionnaireAnswers.total(Instrument.ODI, new BigDecimal("22.5")));
        var epds = new java.util.HashMap<Integer, Integer>();
        for (int item = 1; item <= 10; item++) {
            epds.put(item, item == 10 ? 0 : 1);
        }
        response(
                patient,
                LocalDate.of(2026, 11, 10),
                ResponseSource.PAPER,
                QuestionnaireAnswers.ofInts(Instrument.EPDS, epds));
    }

    private void response(PatientId patient, LocalDate on, ResponseSource source, QuestionnaireAnswers answers) {
        questionnaires.submit(QuestionnaireResponse.first(
                ResponseId.random(),
                patient,
                Optional.empty(),
                on,
                source,
                answers,
                prescriber,
                Instant.parse("2026-11-18T10:00:00Z"),
                LocalDate.of(2026, 11, 20)));
    }

    /** The record as the use cases assemble it, for the adapters' tests. */
    public PatientRecord record(PatientId patient) {
        return recordSources
                .assembler()
                .of(side.patientRepository.findById(patient).orElseThrow());
    }

    /** The handout of the patient's current plan, for the adapters' tests. */
    public PlanDocument currentPlan(PatientId patient) {
        return record(patient).currentPlan().orElseThrow();
    }

    /** A program with every exercise of the library (at most the 40 a program allows), each with its own note. */
    public PatientId patientWithLargestProgram(String note) {
        PatientId patient = side.patient(GIVEN_NAME, FAMILY_NAME, false);
        var items = new ArrayList<ProgramItem>();
        var library = ProgramFixtures.LIBRARY.exercises();
        for (int index = 0; index < Math.min(ProgramContent.MAX_ITEMS, library.size()); index++) {
            var exercise = library.get(index);
            items.add(new ProgramItem(
                    index, exercise.id(), exercise.defaultDosage(), Optional.of(note + " (" + (index + 1) + ")")));
        }
        var content = new ProgramContent(
                ProgramPhase.DYNAMIC_CONTROL,
                List.of("Lift the car seat without pain", "Walk 30 minutes with the pram"),
                items,
                EnumSet.allOf(DailyLifeAdvice.class),
                Optional.of("Drink water while feeding."));
        side.program(HomeProgram.start(
                HomeProgramId.random(), patient, content, prescriber, Instant.parse("2026-11-10T09:00:00Z")));
        return patient;
    }

    private HomeProgram revisedProgram(PatientId patient, String note) {
        var first = new ProgramContent(
                ProgramPhase.BREATH_AND_CONNECTION,
                List.of("Breathe without holding when lifting"),
                List.of(new ProgramItem(
                        0,
                        ProgramFixtures.id(ProgramFixtures.BREATHING),
                        Dosage.builder().minutes(5).timesPerDay(2).build(),
                        Optional.empty())),
                Set.of(DailyLifeAdvice.values()[0]),
                Optional.empty());
        var program = HomeProgram.start(
                HomeProgramId.random(), patient, first, prescriber, Instant.parse("2026-11-01T09:00:00Z"));
        var second = new ProgramContent(
                ProgramPhase.STABILITY,
                List.of("Lift the car seat without pain", "Sleep through without back ache"),
                List.of(
                        new ProgramItem(
                                0,
                                ProgramFixtures.id(ProgramFixtures.BREATHING),
                                Dosage.builder().minutes(5).timesPerDay(2).build(),
                                Optional.of(note)),
                        new ProgramItem(
                                1,
                                ProgramFixtures.id(ProgramFixtures.WALL_BUG_PRESS),
                                Dosage.builder()
                                        .sets(2, 3)
                                        .reps(5)
                                        .holdSeconds(5, 10)
                                        .perSide()
                                        .restSeconds(30)
                                        .timesPerDay(1)
                                        .daysPerWeek(5)
                                        .build(),
                                Optional.empty()),
                        new ProgramItem(
                                2,
                                ProgramFixtures.id(ProgramFixtures.DEAD_BUG_MARCHING),
                                Dosage.builder()
                                        .sets(3)
                                        .holdBreaths(3, 5)
                                        .perSide()
                                        .daysPerWeek(7)
                                        .load("baby car seat")
                                        .build(),
                                Optional.empty())),
                Set.of(DailyLifeAdvice.values()),
                Optional.of("Ask for help with the shopping <script>alert(1)</script>"));
        return program.with(program.revise(
                second, prescriber, Instant.parse("2026-11-14T10:00:00Z"), "Doming gone at re-assessment", true, 1));
    }

    private static Intake intake(PatientId patient) {
        var today = LocalDate.of(2026, 11, 1);
        var obstetric = ObstetricHistory.create(
                2,
                1,
                List.of(new Delivery(
                        LocalDate.of(2026, 6, 1),
                        DeliveryMode.EMERGENCY_CAESAREAN,
                        PerinealTrauma.NONE,
                        true,
                        Optional.empty())),
                Feeding.EXCLUSIVE_BREASTFEEDING,
                Babywearing.of(true, Optional.of(new BigDecimal("2"))),
                LocalDate.of(1992, 3, 4),
                today);
        var pain = PainProfile.create(4, 7, Set.of(), Set.of(), Set.of(), Optional.empty(), today);
        return Intake.record(
                        IntakeId.random(),
                        patient,
                        obstetric,
                        pain,
                        new RelevantHistory(true, false, true, true, Optional.of("Appendectomy 2015")),
                        new RedFlagScreen(
                                Set.of(RedFlag.SEVERE_NIGHT_PAIN),
                                Optional.of(EpdsAnswers.ofScores(1, 1, 0, 0, 1, 0, 0, 0, 0, 0))),
                        AccountId.random(),
                        Instant.parse("2026-11-01T08:00:00Z"))
                .recordRedFlagResolution(
                        RedFlagOutcome.CLEARED,
                        Set.of(RedFlag.SEVERE_NIGHT_PAIN),
                        Optional.empty(),
                        RED_FLAG_NOTE,
                        AccountId.random(),
                        Instant.parse("2026-11-02T09:00:00Z"));
    }

    private static Assessment assessment(PatientId patient) {
        var sections = AssessmentSections.builder()
                .painAtVisit(PainAtVisitSection.of(3, 6))
                .deepCore(new DeepCoreSection(
                        TvaActivation.WEAK, Map.of(), Optional.of(AslrScore.of(2, 1, Optional.empty()))))
                .pelvicFloor(new PelvicFloorSection(
                        true,
                        Optional.of(new InternalExam(
                                Perfect.of(3, 6, 4, 8, true, false, true),
                                Optional.of(PelvicFloorTone.HIGH),
                                Optional.of(PelvicFloorRelaxation.INCOMPLETE))),
                        Set.of()))
                .diastasis(new DiastasisSection(
                        AboveUmbilicusOffset.THREE_CM,
                        BelowUmbilicusOffset.TWO_CM,
                        List.of(
                                IrdReading.of(
                                        IrdSite.UMBILICUS,
                                        IrdCondition.REST,
                                        IrdMethod.ULTRASOUND,
                                        new BigDecimal("28")),
                                IrdReading.of(
                                        IrdSite.UMBILICUS,
                                        IrdCondition.HEAD_LIFT,
                                        IrdMethod.ULTRASOUND,
                                        new BigDecimal("22.5")),
                                IrdReading.of(
                                        IrdSite.ABOVE_UMBILICUS,
                                        IrdCondition.REST,
                                        IrdMethod.PALPATION,
                                        new BigDecimal("2.5"))),
                        Optional.empty(),
                        Optional.empty()))
                .build();
        return Assessment.record(
                AssessmentId.random(),
                patient,
                AccountId.random(),
                LocalDate.of(2026, 11, 12),
                sections,
                RedFlagScreen.allNegative(),
                true,
                LocalDate.of(2026, 11, 20),
                Instant.parse("2026-11-12T10:00:00Z"));
    }

    private PracticeDay day(
            PatientId patient, LocalDate date, Completion session, int pain, Set<SymptomFlag> flags, String other) {
        var program = side.programRepository.current(patient).orElseThrow();
        return new PracticeDay(
                patient,
                date,
                program.id(),
                program.current().number(),
                session,
                OptionalInt.of(pain),
                OptionalInt.of(3),
                new SymptomReport(flags, other.isEmpty() ? Optional.empty() : Optional.of(other)),
                List.of(),
                date.atStartOfDay().toInstant(ZoneOffset.UTC),
                1);
    }
}
