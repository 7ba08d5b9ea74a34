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
import app.floorplan.core.intake.RedFlagScreen;
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
import org.junit.jupiter.api.Test;

/** The Progress view's series and summary, and the patient's own measures: what each role sees, and the audit. */
class OutcomeTimelinesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final ClinicId clinic = ClinicId.random();
    private final PatientId anna = PatientId.random();
    private final Actor pia = new Actor(AccountId.random(), "Pia Therapist", Role.PT, clinic, Optional.empty());
    private final Actor annaLogin = new Actor(AccountId.random(), "Anna", Role.PATIENT, clinic, Optional.of(anna));
    private final Actor otherPt = new Actor(AccountId.random(), "Olga", Role.PT, ClinicId.random(), Optional.empty());
    private Actor actor = pia;
    private final List<AuditEvent> audit = new ArrayList<>();
    private final InMemoryQuestionnaires questionnaires = new InMemoryQuestionnaires(id -> true);
    private final List<Assessment> assessments = new ArrayList<>();
    private final ClinicCalendar calendar = new ClinicCalendar(
            Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), ZoneOffset.UTC);
    private final Map<PatientId, Patient> patients = new HashMap<>();

    private final OutcomeTimelines timelines = new OutcomeTimelines(
            PortFake.of(
                    PatientRepository.class, Map.of("findById", args -> Optional.ofNullable(patients.get(args[0])))),
            questionnaires,
            PortFake.of(AssessmentRepository.class, Map.of("currentFor", args -> List.copyOf(assessments))),
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
                AssessmentId.random(),
                anna,
                pia.accountId(),
                date,
                sections,
                RedFlagScreen.allNegative(),
                false,
                TODAY,
                Instant.EPOCH);
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
