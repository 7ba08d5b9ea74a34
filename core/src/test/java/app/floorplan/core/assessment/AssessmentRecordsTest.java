package app.floorplan.core.assessment;

import static app.floorplan.core.assessment.AssessmentFixtures.diastasis;
import static app.floorplan.core.assessment.AssessmentFixtures.examined;
import static app.floorplan.core.assessment.AssessmentFixtures.normalBreathing;
import static app.floorplan.core.assessment.AssessmentFixtures.ultrasound;
import static app.floorplan.core.intake.ScreenFixtures.noRedFlags;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.PasswordHash;
import app.floorplan.core.account.Username;
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
import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.intake.ObstetricHistory;
import app.floorplan.core.intake.PainProfile;
import app.floorplan.core.intake.PerinealTrauma;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.RelevantHistory;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.testing.PortFake;
import app.floorplan.core.validation.EditConflictException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentRecordsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate FIRST_VISIT = TODAY.minusWeeks(6);

    private final ClinicId ourClinic = ClinicId.random();
    private final InMemoryAssessments assessments = new InMemoryAssessments();
    private final Map<PatientId, Patient> patientsById = new HashMap<>();
    private final List<Intake> intakes = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final Actor pia = staff("pia", "Pia Therapist", Role.PT, ourClinic);
    private final Actor paul = staff("paul", "Paul Therapist", Role.PT, ourClinic);
    private Actor actor = pia;
    private PatientId anna;

    @BeforeEach
    void aClinicWithOnePatient() {
        anna = patient(ourClinic, "Anna", "Berg");
    }

    private final InMemoryClinicSettings settings = new InMemoryClinicSettings();

    private AssessmentRecords records(Instant now) {
        return new AssessmentRecords(
                assessments,
                PortFake.of(
                        PatientRepository.class,
                        Map.of("findById", args -> Optional.ofNullable(patientsById.get((PatientId) args[0])))),
                PortFake.of(IntakeRepository.class, Map.of("current", args -> intakes.stream()
                        .filter(intake -> intake.patient().equals(args[0]))
                        .findFirst())),
                PortFake.of(AccountRepository.class, Map.of("listByClinic", args -> accounts.stream()
                        .filter(account -> account.clinicId().equals(args[0]))
                        .toList())),
                settings,
                IrdSmallestRealChange.KESHWANI_2016,
                NrsMinimalImportantDifference.DEFAULT,
                () -> actor,
                new AuditTrail(audit::add, Clock.fixed(now, ZoneOffset.UTC)),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private final AssessmentRecords records = records(NOW);

    @Test
    void a_pt_records_a_diastasis_assessment_signed_by_herself_and_sees_the_finding_with_its_reason() {
        var opened = records.record(anna, TODAY, diastasisOf("28"), noRedFlags());

        assertThat(opened.current().therapist()).isEqualTo(pia.accountId());
        assertThat(opened.current().revision().number()).isEqualTo(1);
        assertThat(opened.therapistName()).isEqualTo("Pia Therapist");
        assertThat(opened.findings().findings())
                .extracting(Finding::reason)
                .containsExactly("IRD 28 mm at the umbilicus at rest > 20 mm (Qu 2021: 90th percentile of women who had"
                        + " not given birth)");
        assertThat(opened.findings().notAssessed()).contains(FindingArea.BREATHING, FindingArea.ASLR);
        assertThat(opened.versions()).hasSize(1);
        assertThat(assessments.currentFor(anna)).containsExactly(opened.current());
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.ASSESSMENT_RECORDED);
    }

    @Test
    void the_red_flag_screen_is_asked_again_at_every_assessment_and_an_unanswered_question_is_refused_with_the_rest() {
        var answers = app.floorplan.core.intake.ScreenFixtures.allAnsweredNo();
        answers.remove(app.floorplan.core.intake.RedFlag.BLOOD_CLOT_SIGNS);
        var unanswered = new app.floorplan.core.intake.ScreenAnswers(answers, Optional.empty());

        assertThat(refusedFields(() -> records.record(anna, TODAY.plusDays(1), diastasisOf("28"), unanswered)))
                .containsExactlyInAnyOrder(Assessment.FIELD_DATE, "redFlags.BLOOD_CLOT_SIGNS");
        assertThat(assessments.currentFor(anna)).isEmpty();

        var flagged = records.record(
                        anna,
                        TODAY,
                        diastasisOf("28"),
                        app.floorplan.core.intake.ScreenFixtures.yesTo(
                                app.floorplan.core.intake.RedFlag.HEAVY_OR_RETURNING_BLEEDING))
                .current();
        assertThat(flagged.unresolvedRedFlags())
                .containsExactly(app.floorplan.core.intake.RedFlag.HEAVY_OR_RETURNING_BLEEDING);
    }

    @Test
    void findings_are_judged_by_the_limits_the_pts_clinic_chose_and_name_that_source() {
        var sections = AssessmentSections.builder()
                .diastasis(diastasis(ultrasound(IrdSite.ABOVE_UMBILICUS, "20")))
                .build();
        var recorded = records.record(anna, TODAY, sections, noRedFlags()).current();

        assertThat(records.open(anna, recorded.id()).findings().findings())
                .as("Qu 2021 by default: > 14 mm 3 cm above the umbilicus")
                .extracting(Finding::reason)
                .containsExactly("IRD 20 mm 3 cm above the umbilicus at rest > 14 mm (Qu 2021: 90th percentile of"
                        + " women who had not given birth)");

        settings.changeDiastasisThresholds(ourClinic, DiastasisThresholds.QU_2021, DiastasisThresholds.BEER_2009);

        assertThat(records.open(anna, recorded.id()).findings().findings())
                .as("Beer 2009: normal up to 22 mm 3 cm above the umbilicus")
                .isEmpty();
        assertThat(records.listFor(anna).getFirst().findings().findings()).isEmpty();
    }

    @Test
    void a_diastasis_recorded_4_weeks_after_the_birth_in_the_intake_says_a_wide_gap_is_expected() {
        intakes.add(intakeWithEmergencyCaesarean(anna));
        var fourWeeksAfter = LocalDate.of(2026, 5, 29);

        var opened = records.record(anna, fourWeeksAfter, diastasisOf("28"), noRedFlags());

        assertThat(opened.findings().findings().getFirst().reason())
                .endsWith("; 4 weeks after the birth, a wide gap is expected: it narrows by itself in the first 8"
                        + " weeks (Coldron 2008)");
        assertThat(records.listFor(anna).getFirst().findings()).isEqualTo(opened.findings());
    }

    @Test
    void the_list_is_newest_first_with_the_therapist_the_key_values_and_the_findings() {
        records.record(anna, FIRST_VISIT, diastasisAndPelvicFloor("28", 2), noRedFlags());
        actor = paul;
        records.record(anna, TODAY, diastasisAndPelvicFloor("19", 3), noRedFlags());

        var list = records.listFor(anna);

        assertThat(list).extracting(AssessmentSummary::date).containsExactly(TODAY, FIRST_VISIT);
        assertThat(list)
                .extracting(AssessmentSummary::therapistName)
                .containsExactly("Paul Therapist", "Pia Therapist");
        var newest = list.getFirst();
        assertThat(newest.irdAtUmbilicusAtRest().orElseThrow().distance().label())
                .isEqualTo("19 mm");
        assertThat(newest.oxford()).contains(OxfordGrade.of(3));
        assertThat(newest.aslr()).isEmpty();
        assertThat(newest.painAtVisit()).isEmpty();
        assertThat(newest.findings().findings()).isEmpty();
        assertThat(list.getLast().findings().has(FindingKind.DIASTASIS)).isTrue();
        assertThat(list.getLast().findings().has(FindingKind.PELVIC_FLOOR_WEAK)).isTrue();
        assertThat(audit).extracting(AuditEvent::action).endsWith(AuditAction.ASSESSMENT_VIEWED);
    }

    @Test
    void the_latest_findings_are_those_of_the_newest_visit_and_say_what_was_not_assessed() {
        assertThat(records.latestFindings(anna)).isEmpty();

        records.record(anna, FIRST_VISIT, diastasisOf("28"), noRedFlags());
        records.record(
                anna,
                TODAY,
                AssessmentSections.builder().breathing(normalBreathing()).build(),
                noRedFlags());

        var latest = records.latestFindings(anna).orElseThrow();
        assertThat(latest.date()).isEqualTo(TODAY);
        assertThat(latest.findings().findings()).isEmpty();
        assertThat(latest.findings().notAssessed())
                .contains(FindingArea.DIASTASIS)
                .doesNotContain(FindingArea.BREATHING);
    }

    @Test
    void a_caesarean_scar_is_refused_without_a_caesarean_in_the_intake_and_accepted_with_one() {
        var scar = AssessmentSections.builder()
                .caesareanScar(new CaesareanScarSection(true, ScarMobility.RESTRICTED, ScarSensitivity.NUMB))
                .build();

        assertThat(records.patient(anna).hadCaesarean()).isFalse();
        assertThat(refusedFields(() -> records.record(anna, TODAY, scar, noRedFlags())))
                .containsExactly(CaesareanScarSection.FIELD);

        intakes.add(intakeWithEmergencyCaesarean(anna));

        assertThat(records.patient(anna).hadCaesarean()).isTrue();
        assertThat(records.record(anna, TODAY, scar, noRedFlags())
                        .current()
                        .sections()
                        .caesareanScar()
                        .isAssessed())
                .isTrue();
    }

    @Test
    void a_correction_is_a_new_version_signed_by_the_correcting_pt_and_the_old_one_stays_readable() {
        var first = records.record(anna, TODAY, diastasisOf("28"), noRedFlags()).current();
        actor = paul;

        var corrected = records.correct(anna, first.id(), 1, TODAY, diastasisOf("18"), "Typo: 18 mm, not 28 mm");

        assertThat(corrected.current().revision().number()).isEqualTo(2);
        assertThat(corrected.current().revision().author()).isEqualTo(paul.accountId());
        assertThat(corrected.current().therapist())
                .as("still signed by the assessing PT")
                .isEqualTo(pia.accountId());
        assertThat(corrected.findings().has(FindingKind.DIASTASIS)).isFalse();
        assertThat(corrected.versions())
                .extracting(v -> v.assessment().revision().replaced(), AssessmentVersion::authorName)
                .containsExactly(tuple(true, "Pia Therapist"), tuple(false, "Paul Therapist"));
        assertThat(records.open(anna, first.id()).current()).isEqualTo(corrected.current());
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.ASSESSMENT_CORRECTED);
    }

    @Test
    void a_correction_without_a_reason_is_refused() {
        var first = records.record(anna, TODAY, diastasisOf("28"), noRedFlags()).current();

        assertThat(refusedFields(() -> records.correct(anna, first.id(), 1, TODAY, diastasisOf("18"), " ")))
                .containsExactly("revision.reason");
    }

    @Test
    void correcting_a_version_someone_else_already_corrected_is_a_conflict_and_writes_nothing() {
        var first = records.record(anna, TODAY, diastasisOf("28"), noRedFlags()).current();
        records.correct(anna, first.id(), 1, TODAY, diastasisOf("18"), "Typo");

        assertThatThrownBy(() -> records.correct(anna, first.id(), 1, TODAY, diastasisOf("21"), "Mine"))
                .isInstanceOf(EditConflictException.class);
        assertThat(assessments.versions(first.id())).hasSize(2);
    }

    @Test
    void a_correction_that_loses_the_race_in_the_database_is_a_conflict() {
        var first = records.record(anna, TODAY, diastasisOf("28"), noRedFlags()).current();
        assessments.beforeNextCorrection(() -> assessments.correct(
                first.correct(TODAY, diastasisOf("17"), false, TODAY, paul.accountId(), NOW, "Paul was first")));

        assertThatThrownBy(() -> records.correct(anna, first.id(), 1, TODAY, diastasisOf("21"), "Mine"))
                .isInstanceOf(EditConflictException.class);
        assertThat(assessments.current(first.id()).orElseThrow().revision().reason())
                .contains("Paul was first");
    }

    @Test
    void a_comparison_puts_the_older_visit_first_whichever_order_the_ids_come_in() {
        var earlier = records.record(anna, FIRST_VISIT, diastasisAndPelvicFloor("28", 2), noRedFlags())
                .current();
        var later = records.record(anna, TODAY, diastasisAndPelvicFloor("19", 3), noRedFlags())
                .current();

        var comparison = records.compare(anna, later.id(), earlier.id());

        assertThat(comparison.earlier().assessment()).isEqualTo(earlier);
        assertThat(comparison.later().assessment()).isEqualTo(later);
        assertThat(comparison.sameDay()).isFalse();
        var ird = (MeasureChange.Numeric) comparison.changes().getFirst();
        assertThat(ird.direction()).isEqualTo(Direction.IMPROVED);
        assertThat(ird.size()).isEqualTo(ChangeSize.POSSIBLY_MEASUREMENT_ERROR);
        assertThat(audit)
                .filteredOn(e -> e.action() == AuditAction.ASSESSMENTS_COMPARED)
                .extracting(e -> e.record().orElseThrow())
                .containsExactlyInAnyOrder(earlier.id().value(), later.id().value());
    }

    @Test
    void two_visits_on_the_same_day_compare_in_the_order_they_were_recorded_with_their_times() {
        var morning =
                records.record(anna, TODAY, diastasisOf("28"), noRedFlags()).current();
        var afternoon = records(NOW.plusSeconds(5 * 3600))
                .record(anna, TODAY, diastasisOf("25"), noRedFlags())
                .current();
        records(NOW.plusSeconds(6 * 3600)).correct(anna, morning.id(), 1, TODAY, diastasisOf("29"), "Misread");

        var comparison = records.compare(anna, afternoon.id(), morning.id());

        assertThat(comparison.sameDay()).isTrue();
        assertThat(comparison.earlier().assessment().id())
                .as("the correction later in the day does not move the morning visit")
                .isEqualTo(morning.id());
        assertThat(comparison.earlier().recordedAt()).isEqualTo(NOW);
        assertThat(comparison.later().recordedAt()).isEqualTo(NOW.plusSeconds(5 * 3600));
        assertThat(((MeasureChange.Numeric) comparison.changes().getFirst()).earlier())
                .isEqualByComparingTo("29");
    }

    @Test
    void pain_rated_at_both_visits_is_compared_and_listed_with_the_key_values() {
        var earlier = records.record(
                        anna,
                        FIRST_VISIT,
                        AssessmentSections.builder()
                                .painAtVisit(PainAtVisitSection.of(5, 7))
                                .build(),
                        noRedFlags())
                .current();
        var later = records.record(
                        anna,
                        TODAY,
                        AssessmentSections.builder()
                                .painAtVisit(PainAtVisitSection.of(2, 4))
                                .build(),
                        noRedFlags())
                .current();

        var comparison = records.compare(anna, earlier.id(), later.id());

        assertThat(comparison.changes())
                .extracting(change -> ((MeasureChange.Numeric) change).direction())
                .containsExactly(Direction.IMPROVED, Direction.IMPROVED);
        assertThat(records.listFor(anna))
                .extracting(summary -> summary.painAtVisit().orElseThrow().worstLastWeek())
                .containsExactly(NumericPainRating.of(4), NumericPainRating.of(7));
        assertThat(records.listFor(anna).getLast().findings().has(FindingKind.SEVERE_PAIN))
                .isTrue();
    }

    @Test
    void a_pt_of_another_clinic_can_neither_see_nor_add_assessments() {
        var assessment =
                records.record(anna, TODAY, diastasisOf("28"), noRedFlags()).current();
        actor = staff("olga", "Olga Elsewhere", Role.PT, ClinicId.random());

        assertThatThrownBy(() -> records.listFor(anna)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.open(anna, assessment.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.record(anna, TODAY, diastasisOf("20"), noRedFlags()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.compare(anna, assessment.id(), assessment.id()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.latestFindings(anna)).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void an_assessment_cannot_be_opened_through_another_patients_address() {
        var annasAssessment =
                records.record(anna, TODAY, diastasisOf("28"), noRedFlags()).current();
        var bea = patient(ourClinic, "Bea", "Castillo");

        assertThatThrownBy(() -> records.open(bea, annasAssessment.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.correct(bea, annasAssessment.id(), 1, TODAY, diastasisOf("20"), "x"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.open(anna, AssessmentId.random())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void a_patient_login_and_the_clinic_admin_cannot_use_assessments() {
        var assessment =
                records.record(anna, TODAY, diastasisOf("28"), noRedFlags()).current();

        actor = new Actor(AccountId.random(), "Anna", Role.PATIENT, ourClinic, Optional.of(anna));
        assertThatThrownBy(() -> records.open(anna, assessment.id())).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.listFor(anna)).isInstanceOf(AccessRefusedException.class);

        actor = staff("admin", "Alex Admin", Role.ADMIN, ourClinic);
        assertThatThrownBy(() -> records.listFor(anna)).isInstanceOf(AccessRefusedException.class);
    }

    private static AssessmentSections diastasisOf(String millimetresAtUmbilicus) {
        return AssessmentSections.builder()
                .diastasis(diastasis(ultrasound(IrdSite.UMBILICUS, millimetresAtUmbilicus)))
                .build();
    }

    private static AssessmentSections diastasisAndPelvicFloor(String millimetresAtUmbilicus, int oxford) {
        return AssessmentSections.builder()
                .diastasis(diastasis(ultrasound(IrdSite.UMBILICUS, millimetresAtUmbilicus)))
                .pelvicFloor(examined(oxford))
                .build();
    }

    private Actor staff(String username, String name, Role role, ClinicId clinic) {
        var id = AccountId.random();
        accounts.add(new Account(
                id, clinic, Username.of(username), name, role, new PasswordHash("{test}x"), true, Optional.empty(), 0));
        return new Actor(id, name, role, clinic, Optional.empty());
    }

    private PatientId patient(ClinicId clinic, String given, String family) {
        var id = PatientId.random();
        var details = PatientDetails.of(
                given, family, LocalDate.of(1992, 3, 14), "", "", "English", Optional.empty(), "", TODAY);
        patientsById.put(id, new Patient(id, clinic, details, false, 0));
        return id;
    }

    private static Intake intakeWithEmergencyCaesarean(PatientId patient) {
        var delivery = new Delivery(
                LocalDate.of(2026, 5, 1),
                DeliveryMode.EMERGENCY_CAESAREAN,
                PerinealTrauma.NONE,
                true,
                Optional.empty());
        var history = ObstetricHistory.create(
                1,
                1,
                List.of(delivery),
                Feeding.EXCLUSIVE_BREASTFEEDING,
                Babywearing.none(),
                LocalDate.of(1992, 3, 14),
                TODAY);
        return Intake.record(
                IntakeId.random(),
                patient,
                history,
                PainProfile.create(0, 0, Set.of(), Set.of(), Set.of(), Optional.empty(), TODAY),
                new RelevantHistory(false, false, false, false, Optional.empty()),
                RedFlagScreen.allNegative(),
                AccountId.random(),
                NOW);
    }
}
