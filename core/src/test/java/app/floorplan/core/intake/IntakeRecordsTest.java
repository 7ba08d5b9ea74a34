package app.floorplan.core.intake;

import static app.floorplan.core.intake.IntakeFixtures.BORN;
import static app.floorplan.core.testing.Refusals.refusals;
import static app.floorplan.core.testing.Refusals.refusedFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.InMemoryAccounts;
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
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.record.Correction;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.Violation;
import java.lang.reflect.Proxy;
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

class IntakeRecordsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final ClinicId ourClinic = ClinicId.random();
    private final Patients patients = new Patients();
    private final Accounts accounts = new Accounts();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final Actor pia = accounts.staff("Pia Therapist", Role.PT, ourClinic);
    private final Actor paul = accounts.staff("Paul Therapist", Role.PT, ourClinic);
    private final PatientId anna = patients.in(ourClinic, "Anna", "Berg");
    private Actor actor = pia;
    private InMemoryIntakes intakes = new InMemoryIntakes();

    private IntakeRecords records() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new IntakeRecords(
                intakes,
                patients.repository,
                accounts.repository,
                () -> actor,
                new AuditTrail(audit::add, clock),
                clock);
    }

    @Test
    void a_pt_records_the_first_intake_of_her_clinics_patient_and_it_is_audited() {
        Intake recorded = records().record(anna, answers(noFlags()));

        assertThat(recorded.revision().number()).isEqualTo(1);
        assertThat(recorded.revision().author()).isEqualTo(pia.accountId());
        assertThat(recorded.revision().recordedAt()).isEqualTo(NOW);
        assertThat(recorded.obstetricHistory().hadCaesarean()).isTrue();
        assertThat(recorded.pain().now().value()).isEqualTo(4);
        assertThat(intakes.current(anna)).contains(recorded);
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.INTAKE_RECORDED);
        assertThat(audit.getFirst().record()).contains(recorded.id().value());
    }

    @Test
    void opening_shows_the_current_version_with_the_patient_facts_and_who_signed_it() {
        IntakeRecords records = records();
        assertThat(records.open(anna).current()).isEmpty();

        records.record(anna, answers(noFlags()));
        OpenedIntake opened = records.open(anna);

        assertThat(opened.patientName()).isEqualTo("Anna Berg");
        assertThat(opened.patientBirthDate()).isEqualTo(BORN);
        assertThat(opened.revisionNumber()).contains(1);
        assertThat(opened.staff().of(pia.accountId())).isEqualTo("Pia Therapist");
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.INTAKE_VIEWED);
    }

    @Test
    void every_refused_answer_is_reported_at_once_under_the_key_of_its_field() {
        var obstetric = new ObstetricAnswers(
                Optional.of(1),
                Optional.of(2),
                List.of(
                        delivery(TODAY.plusDays(3), DeliveryMode.SPONTANEOUS_VAGINAL, Optional.empty()),
                        delivery(
                                LocalDate.of(2026, 5, 1),
                                DeliveryMode.EMERGENCY_CAESAREAN,
                                Optional.of(new BigDecimal("9.2")))),
                Optional.empty(),
                false,
                Optional.empty());
        var pain = new PainAnswers(
                Optional.of(11), Optional.of(6), Set.of(), Set.of(), Set.of(), Optional.of(TODAY.plusDays(1)));
        Map<RedFlag, Boolean> unanswered = new HashMap<>(noFlags());
        unanswered.remove(RedFlag.SADDLE_ANAESTHESIA);

        assertThat(refusedFields(() ->
                        records().record(anna, new IntakeAnswers(obstetric, pain, history(), screen(unanswered)))))
                .containsExactlyInAnyOrder(
                        "obstetric.para",
                        "obstetric.feeding",
                        "obstetric.deliveries[0].date",
                        "obstetric.deliveries[1].birthWeightKg",
                        "pain.nrsNow",
                        "pain.since",
                        "redFlags.SADDLE_ANAESTHESIA");
        assertThat(intakes.current(anna)).isEmpty();
    }

    @Test
    void questions_left_blank_are_refused_under_their_own_key_without_a_misleading_second_refusal() {
        var blankRow = new DeliveryAnswers(
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.of(new BigDecimal("3.4")));
        var obstetric = new ObstetricAnswers(
                Optional.empty(),
                Optional.of(1),
                List.of(blankRow),
                Optional.of(Feeding.PARTIAL),
                false,
                Optional.empty());
        var pain = new PainAnswers(Optional.of(7), Optional.empty(), Set.of(), Set.of(), Set.of(), Optional.empty());

        List<Violation> refused = refusals(
                () -> records().record(anna, new IntakeAnswers(obstetric, pain, history(), screen(noFlags()))));

        assertThat(refused)
                .extracting(Violation::field)
                .containsExactlyInAnyOrder(
                        "obstetric.gravida",
                        "obstetric.deliveries[0].date",
                        "obstetric.deliveries[0].mode",
                        "obstetric.deliveries[0].perinealTrauma",
                        "pain.nrsWorstLastWeek");
        assertThat(refused).extracting(Violation::message).contains("Enter the number of pregnancies (gravida)");
    }

    @Test
    void a_second_first_recording_is_a_conflict_because_someone_recorded_meanwhile() {
        IntakeRecords records = records();
        records.record(anna, answers(noFlags()));

        actor = paul;
        assertThatThrownBy(() -> records.record(anna, answers(noFlags()))).isInstanceOf(EditConflictException.class);
        assertThat(intakes.versions(anna)).hasSize(1);
    }

    @Test
    void a_correction_is_a_new_version_with_its_reason_and_the_old_one_stays_readable_marked_replaced() {
        IntakeRecords records = records();
        records.record(anna, answers(noFlags()));
        actor = paul;

        Intake corrected = records.correct(anna, 1, answers(noFlags(), 2), "Pain now was 2, typo");

        assertThat(corrected.revision().number()).isEqualTo(2);
        assertThat(corrected.revision().reason()).contains("Pain now was 2, typo");
        assertThat(corrected.pain().now().value()).isEqualTo(2);
        IntakeHistory history = records.versions(anna);
        assertThat(history.versions()).extracting(i -> i.revision().number()).containsExactly(1, 2);
        assertThat(history.versions().getFirst().revision().replaced()).isTrue();
        assertThat(history.versions().getFirst().pain().now().value()).isEqualTo(4);
        assertThat(history.staff().of(pia.accountId())).isEqualTo("Pia Therapist");
        assertThat(history.staff().of(paul.accountId())).isEqualTo("Paul Therapist");
        assertThat(audit).extracting(AuditEvent::action).contains(AuditAction.INTAKE_CORRECTED);
    }

    @Test
    void a_correction_without_a_reason_is_refused_together_with_refused_answers() {
        IntakeRecords records = records();
        records.record(anna, answers(noFlags()));

        assertThat(refusedFields(() -> records.correct(anna, 1, answers(noFlags(), 11), "  ")))
                .containsExactlyInAnyOrder("pain.nrsNow", "revision.reason");
        assertThat(intakes.versions(anna)).hasSize(1);
    }

    @Test
    void correcting_a_version_that_someone_else_corrected_meanwhile_is_a_conflict_and_writes_nothing() {
        IntakeRecords records = records();
        records.record(anna, answers(noFlags()));
        records.correct(anna, 1, answers(noFlags(), 3), "Pain now was 3");

        actor = paul;
        assertThatThrownBy(() -> records.correct(anna, 1, answers(noFlags(), 5), "Pain now was 5"))
                .isInstanceOf(EditConflictException.class);
        assertThat(intakes.current(anna).orElseThrow().pain().now().value()).isEqualTo(3);
    }

    @Test
    void losing_the_race_to_store_a_correction_is_a_conflict() {
        records().record(anna, answers(noFlags()));
        InMemoryIntakes stored = intakes;
        intakes = new InMemoryIntakes() {
            @Override
            public Optional<Intake> current(PatientId patient) {
                return stored.current(patient);
            }

            @Override
            public boolean correct(Correction<Intake> correction) {
                return false;
            }
        };

        assertThatThrownBy(() -> records().correct(anna, 1, answers(noFlags(), 3), "Pain now was 3"))
                .isInstanceOf(EditConflictException.class);
        assertThat(audit).extracting(AuditEvent::action).doesNotContain(AuditAction.INTAKE_CORRECTED);
    }

    @Test
    void the_clinic_admin_and_patients_are_refused_because_intake_is_clinical_data() {
        IntakeRecords records = records();
        records.record(anna, answers(noFlags()));

        for (Actor refused : List.of(
                accounts.staff("Alex Admin", Role.ADMIN, ourClinic),
                new Actor(AccountId.random(), "Anna", Role.PATIENT, ourClinic, Optional.of(anna)))) {
            actor = refused;
            assertThatThrownBy(() -> records.open(anna)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> records.versions(anna)).isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> records.record(anna, answers(noFlags())))
                    .isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void a_pt_of_another_clinic_cannot_reach_the_patients_intake() {
        IntakeRecords records = records();
        records.record(anna, answers(noFlags()));
        actor = accounts.staff("Other PT", Role.PT, ClinicId.random());

        assertThatThrownBy(() -> records.open(anna)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.correct(anna, 1, answers(noFlags()), "x"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> records.open(PatientId.random())).isInstanceOf(AccessRefusedException.class);
    }

    private static ScreenAnswers screen(Map<RedFlag, Boolean> answers) {
        return new ScreenAnswers(answers, Optional.empty());
    }

    private static IntakeAnswers answers(Map<RedFlag, Boolean> redFlags) {
        return answers(redFlags, 4);
    }

    private static IntakeAnswers answers(Map<RedFlag, Boolean> redFlags, int nrsNow) {
        var obstetric = new ObstetricAnswers(
                Optional.of(1),
                Optional.of(1),
                List.of(delivery(
                        LocalDate.of(2026, 5, 1),
                        DeliveryMode.EMERGENCY_CAESAREAN,
                        Optional.of(new BigDecimal("3.45")))),
                Optional.of(Feeding.EXCLUSIVE_BREASTFEEDING),
                true,
                Optional.of(new BigDecimal("2")));
        var pain = new PainAnswers(
                Optional.of(nrsNow),
                Optional.of(6),
                Set.of(PainSite.LOWER_BACK),
                Set.of(PainCharacter.ACHE),
                Set.of(AggravatingActivity.LIFTING_CAR_SEAT),
                Optional.of(LocalDate.of(2026, 6, 1)));
        return new IntakeAnswers(obstetric, pain, history(), screen(redFlags));
    }

    private static DeliveryAnswers delivery(LocalDate date, DeliveryMode mode, Optional<BigDecimal> weight) {
        return new DeliveryAnswers(
                Optional.of(date), Optional.of(mode), Optional.of(PerinealTrauma.NONE), true, weight);
    }

    private static HistoryAnswers history() {
        return new HistoryAnswers(true, false, false, false, "");
    }

    private static Map<RedFlag, Boolean> noFlags() {
        return ScreenFixtures.allAnsweredNo();
    }

    /**
     * Patients by id. The intake use cases only ever look a patient up, so every other call fails the test; a proxy
     * keeps this fake independent of the rest of the patient port.
     */
    private static final class Patients {
        private final Map<PatientId, Patient> byId = new HashMap<>();
        private final PatientRepository repository = (PatientRepository) Proxy.newProxyInstance(
                PatientRepository.class.getClassLoader(),
                new Class<?>[] {PatientRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findById")) {
                        return Optional.ofNullable(byId.get((PatientId) args[0]));
                    }
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new UnsupportedOperationException(method.getName() + " is not used by the intake use cases");
                });

        PatientId in(ClinicId clinic, String given, String family) {
            var details = new PatientDetails(
                    given, family, BORN, Optional.empty(), Optional.empty(), "English", Optional.empty(), "");
            var patient = new Patient(PatientId.random(), clinic, details, false, 0);
            byId.put(patient.id(), patient);
            return patient.id();
        }
    }

    /** Staff accounts, for the names in the version history. */
    private static final class Accounts {
        private final InMemoryAccounts repository = new InMemoryAccounts();
        private int count;

        Actor staff(String name, Role role, ClinicId clinic) {
            var account = new Account(
                    AccountId.random(),
                    clinic,
                    Username.of("user" + count++),
                    name,
                    role,
                    new PasswordHash("{test}x"),
                    true,
                    Optional.empty(),
                    0);
            repository.add(account);
            return account.asActor();
        }
    }
}
