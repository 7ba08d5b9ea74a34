package app.floorplan.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.assessment.AboveUmbilicusOffset;
import app.floorplan.core.assessment.AslrScore;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentId;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.AssessmentSections;
import app.floorplan.core.assessment.BelowUmbilicusOffset;
import app.floorplan.core.assessment.DeepCoreSection;
import app.floorplan.core.assessment.DiastasisSection;
import app.floorplan.core.assessment.IrdCondition;
import app.floorplan.core.assessment.IrdMethod;
import app.floorplan.core.assessment.IrdReading;
import app.floorplan.core.assessment.IrdSite;
import app.floorplan.core.assessment.PainAtVisitSection;
import app.floorplan.core.assessment.TvaActivation;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
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
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.RelevantHistory;
import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.questionnaire.InMemoryQuestionnaires;
import app.floorplan.core.questionnaire.Instrument;
import app.floorplan.core.questionnaire.QuestionnaireAnswers;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.ResponseId;
import app.floorplan.core.questionnaire.ResponseSource;
import app.floorplan.core.testing.PortFake;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Progress view's series and summary, and the patient's own measures: what each role sees, and the audit. */
class OutcomeTimelinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Map<RedFlag, Boolean> NO_FLAGS =
            RedFlag.asked().stream().collect(java.util.stream.Collectors.toMap(flag -> flag, flag -> false));

    private final ClinicId clinic = ClinicId.random();
    private final PatientId anna = PatientId.random();
    private final Actor pia = new Actor(AccountId.random(), "Pia Therapist", Role.PT, clinic, Optional.empty());
    private final Actor annaLogin = new Actor(AccountId.random(), "Anna", Role.PATIENT, clinic, Optional.of(anna));
    private final Actor otherPt = new Actor(AccountId.random(), "Olga", Role.PT, ClinicId.random(), Optional.empty());
    private Actor actor = pia;
    private final List<AuditEvent> audit = new ArrayList<>();
    private final InMemoryQuestionnaires questionnaires = new InMemoryQuestionnaires(id -> true);
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<Intake> intakeVersions = new ArrayList<>();
    private final ClinicCalendar calendar = new ClinicCalendar(
            Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), ZoneOffset.UTC);
    private final Map<PatientId, Patient> patients = new HashMap<>();

    private final OutcomeTimelines timelines = new OutcomeTimelines(
            PortFake.of(
                    PatientRepository.class, Map.of("findById", args -> Optional.ofNullable(patients.get(args[0])))),
            questionnaires,
            PortFake.of(AssessmentRepository.class, Map.of("currentFor", args -> List.copyOf(assessments))),
            PortFake.of(IntakeRepository.class, Map.of("versions", args -> List.copyOf(intakeVersions))),
            PortFake.of(HomeProgramRepository.class, Map.of("current", args -> Optional.empty())),
            PortFake.of(PracticeLogRepository.class, Map.of()),
            calendar,
            () -> actor,
            new AuditTrail(audit::add, calendar.clock()));

    OutcomeTimelinesTest() {
        patients.put(
                anna,
                new Patient(
                        anna,
                        clinic,
                        PatientDetails.of(
                                "Anna",
                                "Berg",
                                LocalDate.of(1993, 5, 6),
                                "",
                                "",
                                "English",
                                Optional.empty(),
                                "",
                                TODAY),
                        false,
                        0));
        pfdi(TODAY.minusWeeks(8), 3);
        pfdi(TODAY, 1);
        questionnaires.submit(QuestionnaireResponse.first(
                ResponseId.random(),
                anna,
                Optional.empty(),
                TODAY.minusWeeks(8),
                ResponseSource.PAPER,
                QuestionnaireAnswers.ofInts(
                        Instrument.EPDS, Map.of(1, 1, 2, 1, 3, 1, 4, 1, 5, 1, 6, 1, 7, 1, 8, 1, 9, 1, 10, 0)),
                pia.accountId(),
                Instant.EPOCH,
                TODAY));
        assessments.add(assessment(TODAY.minusWeeks(8), "28", 4, 3));
        assessments.add(assessment(TODAY, "19", 2, 1));
    }

    private void pfdi(LocalDate on, int everyItem) {
        var items = new HashMap<Integer, Integer>();
        for (int item = 1; item <= 20; item++) {
            items.put(item, everyItem);
        }
        questionnaires.submit(QuestionnaireResponse.first(
                ResponseId.random(),
                anna,
                Optional.empty(),
                on,
                ResponseSource.PATIENT,
                QuestionnaireAnswers.ofInts(Instrument.PFDI_20, items),
                AccountId.random(),
                Instant.EPOCH,
                TODAY));
    }

    private Assessment assessment(LocalDate date, String umbilicusMm, int painNow, int aslrTotal) {
        return assessment(date, umbilicusMm, painNow, aslrTotal, RedFlagScreen.allNegative());
    }

    private Assessment assessment(
            LocalDate date, String umbilicusMm, int painNow, int aslrTotal, RedFlagScreen redFlags) {
        var sections = AssessmentSections.builder()
                .painAtVisit(PainAtVisitSection.of(painNow, painNow + 1))
                .deepCore(new DeepCoreSection(
                        TvaActivation.GOOD, Map.of(), Optional.of(AslrScore.of(aslrTotal, 0, Optional.empty()))))
                .diastasis(new DiastasisSection(
                        AboveUmbilicusOffset.THREE_CM,
                        BelowUmbilicusOffset.TWO_CM,
                        List.of(IrdReading.of(
                                IrdSite.UMBILICUS, IrdCondition.REST, IrdMethod.CALIPER, new BigDecimal(umbilicusMm))),
                        Optional.empty(),
                        Optional.empty()))
                .build();
        return Assessment.record(
                AssessmentId.random(), anna, pia.accountId(), date, sections, redFlags, false, TODAY, Instant.EPOCH);
    }

    /** Items 1-9 scored {@code perItem}, item 10 (self-harm) 0: a total of 9 x perItem. */
    private static EpdsAnswers epds(int perItem) {
        return EpdsAnswers.ofScores(perItem, perItem, perItem, perItem, perItem, perItem, perItem, perItem, perItem, 0);
    }

    private Intake intake(LocalDate on, RedFlagScreen redFlags) {
        var obstetric = ObstetricHistory.create(
                1,
                1,
                List.of(new Delivery(
                        on.minusWeeks(6),
                        DeliveryMode.SPONTANEOUS_VAGINAL,
                        PerinealTrauma.NONE,
                        false,
                        Optional.empty())),
                Feeding.EXCLUSIVE_BREASTFEEDING,
                Babywearing.of(false, Optional.empty()),
                LocalDate.of(1993, 5, 6),
                on);
        return Intake.record(
                IntakeId.random(),
                anna,
                obstetric,
                PainProfile.create(2, 3, Set.of(), Set.of(), Set.of(), Optional.empty(), on),
                new RelevantHistory(false, false, false, false, Optional.empty()),
                redFlags,
                pia.accountId(),
                on.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    private MeasureSeries named(OutcomeTimeline timeline, String prefix) {
        return timeline.series().stream()
                .filter(series -> series.name().startsWith(prefix))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_pt_sees_questionnaires_pain_ird_and_aslr_over_time_in_group_order() {
        var timeline = timelines.open(anna);

        assertThat(timeline.series()).extracting(MeasureSeries::group).isSorted();
        MeasureSeries pfdi = named(timeline, "PFDI-20");
        assertThat(pfdi.points())
                .extracting(point -> point.value().toPlainString())
                .containsExactly("225", "75");
        assertThat(pfdi.change()).isPresent();
        assertThat(pfdi.points().getFirst().detail()).contains("POPDI-6 75");
        assertThat(named(timeline, "PFDI-20 · POPDI-6").headline()).isFalse();
        assertThat(named(timeline, "EPDS").points()).hasSize(1);
        assertThat(named(timeline, "Inter-rectus distance, at the umbilicus, at rest, caliper")
                        .unit())
                .isEqualTo("mm");
        assertThat(named(timeline, "Active straight leg raise").points()).hasSize(2);
        assertThat(named(timeline, "Pain now, at the visit").change()).isPresent();
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.OUTCOMES_VIEWED);
    }

    @Test
    void the_summary_weighs_first_against_latest_for_every_measure() {
        var summary = timelines.summary(anna);

        assertThat(summary.patientName()).isEqualTo("Anna Berg");
        assertThat(summary.therapist()).isEqualTo("Pia Therapist");
        assertThat(summary.since()).contains(TODAY.minusWeeks(8));
        assertThat(summary.rows())
                .filteredOn(row -> row.series().name().equals("PFDI-20"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.difference()).isEqualByComparingTo("-150");
                    assertThat(row.verdict()).isEqualTo(Verdict.IMPROVED_BEYOND);
                });
        assertThat(summary.rows())
                .filteredOn(row -> row.series().name().startsWith("Inter-rectus"))
                .singleElement()
                .extracting(SummaryRow::verdict)
                .isEqualTo(Verdict.IMPROVED);
        assertThat(summary.rows())
                .filteredOn(row -> row.series().name().equals("EPDS"))
                .singleElement()
                .extracting(SummaryRow::verdict)
                .isEqualTo(Verdict.ONCE);
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.PROGRESS_SUMMARY_VIEWED);
    }

    @Test
    void the_epds_chart_joins_the_red_flag_screens_totals_to_the_questionnaires_each_naming_its_source() {
        Intake first = intake(TODAY.minusWeeks(12), RedFlagScreen.fromAnswers(NO_FLAGS, Optional.of(epds(2))));
        var correction = first.correct(
                first.obstetricHistory(),
                first.pain(),
                first.relevantHistory(),
                RedFlagScreen.fromAnswers(NO_FLAGS, Optional.of(epds(1))),
                pia.accountId(),
                TODAY.minusWeeks(11).atTime(9, 0).toInstant(ZoneOffset.UTC),
                "Item scores typed from the wrong sheet");
        intakeVersions.add(correction.current());
        intakeVersions.add(correction.replaced());
        assessments.add(
                assessment(TODAY.minusWeeks(2), "20", 2, 1, RedFlagScreen.fromAnswers(NO_FLAGS, Optional.of(epds(0)))));

        MeasureSeries epds = named(timelines.open(anna), "EPDS");

        assertThat(epds.points())
                .extracting(point -> point.date(), point -> point.value().intValue(), SeriesPoint::sourceAndDetail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TODAY.minusWeeks(12), 9, "red-flag screen at the intake"),
                        org.assertj.core.groups.Tuple.tuple(TODAY.minusWeeks(8), 9, "questionnaire"),
                        org.assertj.core.groups.Tuple.tuple(TODAY.minusWeeks(2), 0, "red-flag screen at the visit"));
        assertThat(epds.namesSources()).isTrue();
        assertThat(named(timelines.open(anna), "PFDI-20").namesSources()).isFalse();
        assertThat(timelines.summary(anna).rows())
                .filteredOn(row -> row.series().name().equals("EPDS"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.first().source()).isEqualTo(PointSource.RED_FLAG_SCREEN);
                    assertThat(row.difference()).isEqualByComparingTo("-9");
                    assertThat(row.verdict()).isEqualTo(Verdict.IMPROVED_BEYOND);
                });
        actor = annaLogin;
        assertThat(timelines.mine().series()).extracting(MeasureSeries::name).doesNotContain("EPDS");
    }

    @Test
    void a_screen_epds_alone_makes_an_epds_chart_and_a_screen_without_the_epds_adds_no_point() {
        var withEpds =
                assessment(TODAY.minusWeeks(2), "20", 2, 1, RedFlagScreen.fromAnswers(NO_FLAGS, Optional.of(epds(3))));
        var without = assessment(TODAY.minusWeeks(1), "20", 2, 1);

        var series = QuestionnaireSeries.of(
                List.of(), instrument -> true, ScreenedEpds.of(List.of(), List.of(without, withEpds), ZoneOffset.UTC));

        assertThat(series).singleElement().satisfies(epds -> {
            assertThat(epds.name()).isEqualTo("EPDS");
            assertThat(epds.points())
                    .extracting(point -> point.value().intValue(), SeriesPoint::source)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(27, PointSource.RED_FLAG_SCREEN));
            assertThat(epds.namesSources())
                    .as("a screen's value is named as such")
                    .isTrue();
        });
        assertThat(QuestionnaireSeries.of(
                        List.of(),
                        instrument -> instrument != Instrument.EPDS,
                        ScreenedEpds.of(List.of(), List.of(withEpds), ZoneOffset.UTC)))
                .as("where the EPDS is not shown, neither is the screen's")
                .isEmpty();
    }

    @Test
    void the_patient_sees_her_own_questionnaire_totals_but_not_the_epds_or_the_clinical_exam() {
        actor = annaLogin;

        var mine = timelines.mine();

        assertThat(mine.series()).extracting(MeasureSeries::name).containsExactly("PFDI-20");
        assertThat(audit).singleElement().satisfies(event -> assertThat(event.patient())
                .contains(anna));
    }

    @Test
    void another_clinic_s_pt_and_the_patient_herself_cannot_open_the_pt_s_views() {
        actor = otherPt;
        assertThatThrownBy(() -> timelines.open(anna)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> timelines.summary(anna)).isInstanceOf(AccessRefusedException.class);
        actor = annaLogin;
        assertThatThrownBy(() -> timelines.open(anna)).isInstanceOf(AccessRefusedException.class);
        actor = pia;
        assertThatThrownBy(timelines::mine).isInstanceOf(AccessRefusedException.class);
        assertThat(audit).isEmpty();
    }
}
