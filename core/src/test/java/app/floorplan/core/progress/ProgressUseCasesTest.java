package app.floorplan.core.progress;

import static app.floorplan.core.progress.PracticeFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.ProgramFixtures;
import app.floorplan.core.questionnaire.ResponseId;
import app.floorplan.core.questionnaire.SelfHarmAnswer;
import app.floorplan.core.questionnaire.SelfHarmAnswers;
import app.floorplan.core.testing.PortFake;
import app.floorplan.core.validation.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The use cases' gates: PTs only, and only their own clinic's patients; auditing; her own patients first. */
class ProgressUseCasesTest {

    private final ClinicId ourClinic = ClinicId.random();
    private final Actor pia = staff(Role.PT, ourClinic);
    private final Actor paul = staff(Role.PT, ourClinic);
    private final Actor otherClinicsPt = staff(Role.PT, ClinicId.random());
    private final Actor admin = staff(Role.ADMIN, ourClinic);
    private Actor actor = pia;

    private final PatientId bea = PatientId.random();
    private final Map<PatientId, Patient> patients = new HashMap<>();
    private final Map<PatientId, HomeProgram> programs = new HashMap<>();
    private final Map<PatientId, List<PracticeDay>> days = new HashMap<>();
    private final Map<AlertKey, AlertAcknowledgement> acknowledged = new HashMap<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final Clock clock = Clock.fixed(instant(TODAY), ZoneOffset.UTC);
    private final AuditTrail trail = new AuditTrail(audit::add, clock);

    private final PatientRepository patientRepository = PortFake.of(
            PatientRepository.class,
            Map.of("findById", args -> Optional.ofNullable(patients.get((PatientId) args[0]))));
    private final HomeProgramRepository programRepository = PortFake.of(
            HomeProgramRepository.class,
            Map.of("current", args -> Optional.ofNullable(programs.get((PatientId) args[0]))));
    private final PracticeLogRepository practice = PortFake.of(
            PracticeLogRepository.class,
            Map.of(
                    "between",
                    args -> args[0] instanceof Collection<?> ids
                            ? ids.stream()
                                    .filter(days::containsKey)
                                    .collect(java.util.stream.Collectors.toMap(id -> (PatientId) id, days::get))
                            : days.getOrDefault((PatientId) args[0], List.of())));
    private final AlertAcknowledgementRepository acknowledgements = new AlertAcknowledgementRepository() {
        @Override
        public boolean acknowledge(AlertAcknowledgement acknowledgement) {
            return acknowledged.putIfAbsent(acknowledgement.alert(), acknowledgement) == null;
        }

        @Override
        public Map<AlertKey, AlertAcknowledgement> forPatients(Collection<PatientId> ids, LocalDate from) {
            return Map.copyOf(acknowledged);
        }
    };
    private final PracticeRoster roster = clinic -> patients.values().stream()
            .filter(patient -> patient.clinicId().equals(clinic) && programs.containsKey(patient.id()))
            .map(patient -> new RosterEntry(
                    patient.id(),
                    patient.details().givenName() + " " + patient.details().familyName(),
                    patient.details().assignedPt(),
                    programs.get(patient.id()).versions().getFirst().createdAt(),
                    List.of(),
                    OptionalInt.of(3),
                    days.getOrDefault(patient.id(), List.of()).stream()
                            .map(PracticeDay::date)
                            .max(LocalDate::compareTo)))
            .toList();

    private final List<SelfHarmAnswer> selfHarm = new ArrayList<>();
    private final SelfHarmAnswers selfHarmAnswers = (clinic, since) -> selfHarm.stream()
            .filter(answer -> patients.get(answer.patient()).clinicId().equals(clinic))
            .filter(answer -> !answer.answeredOn().isBefore(since))
            .toList();

    private final PracticeAlerts alerts = new PracticeAlerts(
            roster,
            selfHarmAnswers,
            practice,
            acknowledgements,
            patientRepository,
            (clinic, id) -> ProgramFixtures.LIBRARY.find(id),
            new AlertRules(AlertRules.DEFAULT_INACTIVE_DAYS),
            () -> actor,
            trail,
            clock);

    private final ProgressReports reports = new ProgressReports(
            patientRepository,
            programRepository,
            new HomePrograms(
                    programRepository,
                    patientRepository,
                    PortFake.of(IntakeRepository.class, Map.of("current", args -> Optional.empty())),
                    PortFake.of(AssessmentRepository.class, Map.of("currentFor", args -> List.of())),
                    (clinic, id) -> ProgramFixtures.LIBRARY.find(id),
                    () -> actor,
                    trail,
                    clock),
            practice,
            PortFake.of(IntakeRepository.class, Map.of("current", args -> Optional.empty())),
            PortFake.of(AssessmentRepository.class, Map.of("currentFor", args -> List.of())),
            (clinic, id) -> ProgramFixtures.LIBRARY.find(id),
            () -> actor,
            trail,
            clock);

    private final AlertKey highPain = AlertKey.loggedDay(PATIENT, TODAY.minusDays(1));

    ProgressUseCasesTest() {
        patient(PATIENT, "Anna", Optional.of(paul.accountId()));
        patient(bea, "Bea", Optional.of(pia.accountId()));
        programs.put(PATIENT, program(content(HEEL_SLIDES)));
        programs.put(bea, HomeProgram.start(PROGRAM, bea, content(HEEL_SLIDES), PT, instant(START)));
        days.put(PATIENT, List.of(pain(TODAY.minusDays(1), 8)));
        days.put(
                bea,
                List.of(new PracticeDay(
                        bea,
                        TODAY.minusDays(2),
                        PROGRAM,
                        1,
                        app.floorplan.core.practice.Completion.DONE,
                        OptionalInt.of(7),
                        OptionalInt.empty(),
                        app.floorplan.core.practice.SymptomReport.NONE,
                        List.of(),
                        instant(TODAY),
                        1)));
    }

    @Test
    void a_pt_of_another_clinic_can_neither_read_progress_nor_acknowledge_alerts_of_our_patients() {
        actor = otherClinicsPt;

        assertThatThrownBy(() -> reports.open(PATIENT)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> reports.apply(PATIENT, 1, "Because")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> alerts.acknowledge(highPain, "")).isInstanceOf(AccessRefusedException.class);
        assertThat(alerts.list(AlertScope.ALL, true)).isEmpty();
        assertThat(acknowledged).isEmpty();
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.ALERTS_VIEWED);
    }

    @Test
    void an_admin_manages_accounts_and_sees_no_clinical_progress_or_alerts() {
        actor = admin;

        assertThatThrownBy(() -> reports.open(PATIENT)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> alerts.list(AlertScope.ALL, false)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(alerts::openCount).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void an_urgent_alert_comes_first_then_her_own_patients_and_my_patients_shows_only_hers() {
        assertThat(alerts.list(AlertScope.ALL, false))
                .extracting(PracticeAlert::patientName, PracticeAlert::urgent, PracticeAlert::assignedToActor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Anna Berg", true, false),
                        org.assertj.core.groups.Tuple.tuple("Bea Berg", false, true));
        assertThat(alerts.list(AlertScope.ALL, false).getLast().reasons())
                .extracting(AlertReason::kind)
                .containsExactly(AlertKind.HIGH_PAIN, AlertKind.PAIN_RISE);
        assertThat(alerts.list(AlertScope.MINE, false))
                .extracting(PracticeAlert::patientName)
                .containsExactly("Bea Berg");
        assertThat(alerts.openCount()).isEqualTo(new OpenAlerts(1, 0));
    }

    @Test
    void a_patient_with_no_assigned_pt_reaches_every_pts_default_list_and_badge() {
        PatientId cleo = PatientId.random();
        patient(cleo, "Cleo", Optional.empty());
        programs.put(cleo, HomeProgram.start(PROGRAM, cleo, content(HEEL_SLIDES), PT, instant(START)));
        days.put(cleo, List.of(flagged(TODAY, HEEL_SLIDES, SymptomFlag.DOMING)));

        for (Actor pt : List.of(pia, paul)) {
            actor = pt;
            assertThat(alerts.list(AlertScope.MINE, false))
                    .filteredOn(alert -> alert.patientName().equals("Cleo Berg"))
                    .singleElement()
                    .matches(PracticeAlert::unassigned)
                    .matches(alert -> !alert.assignedToActor());
        }
        actor = pia;
        assertThat(alerts.openCount()).isEqualTo(new OpenAlerts(2, 0));
        actor = paul;
        assertThat(alerts.openCount()).isEqualTo(new OpenAlerts(2, 1));
    }

    @Test
    void an_epds_with_item_10_above_0_is_an_urgent_alert_first_counted_apart_even_without_a_program() {
        PatientId dora = PatientId.random();
        patient(dora, "Dora", Optional.of(pia.accountId()));
        selfHarm.add(new SelfHarmAnswer(dora, ResponseId.random(), TODAY.minusDays(3), 2));

        assertThat(alerts.list(AlertScope.MINE, false).getFirst()).satisfies(alert -> {
            assertThat(alert.patientName()).isEqualTo("Dora Berg");
            assertThat(alert.key()).isEqualTo(new AlertKey(dora, AlertSubject.SELF_HARM_ANSWER, TODAY.minusDays(3)));
            assertThat(alert.urgent()).isTrue();
            assertThat(alert.urgentReasons()).singleElement().asString().contains("ask about her safety today");
            assertThat(alert.reasons())
                    .extracting(AlertReason::kind, AlertReason::what)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            AlertKind.SELF_HARM_ANSWER,
                            "EPDS item 10 scored 2 (of 3) in the questionnaire of "
                                    + AlertRules.day(TODAY.minusDays(3))));
        });
        assertThat(alerts.openCount()).isEqualTo(new OpenAlerts(2, 1));
    }

    @Test
    void an_epds_alert_is_acknowledged_once_and_stays_acknowledged_when_a_later_epds_of_another_day_alerts_again() {
        PatientId dora = PatientId.random();
        patient(dora, "Dora", Optional.of(pia.accountId()));
        selfHarm.add(new SelfHarmAnswer(dora, ResponseId.random(), TODAY.minusDays(10), 1));
        var first = new AlertKey(dora, AlertSubject.SELF_HARM_ANSWER, TODAY.minusDays(10));

        alerts.acknowledge(first, "Called her; GP appointment today");
        alerts.acknowledge(first, "Again");
        selfHarm.add(new SelfHarmAnswer(dora, ResponseId.random(), TODAY, 1));

        assertThat(audit)
                .filteredOn(event -> event.action() == AuditAction.ALERT_ACKNOWLEDGED)
                .singleElement()
                .satisfies(event -> assertThat(event.patient()).contains(dora));
        assertThat(alerts.list(AlertScope.MINE, false))
                .filteredOn(alert -> alert.key().patient().equals(dora))
                .extracting(PracticeAlert::key)
                .containsExactly(new AlertKey(dora, AlertSubject.SELF_HARM_ANSWER, TODAY));
    }

    @Test
    void an_unacknowledged_epds_alert_older_than_the_look_back_stays_listed_until_acknowledged() {
        PatientId dora = PatientId.random();
        patient(dora, "Dora", Optional.of(pia.accountId()));
        LocalDate longAgo = TODAY.minusDays(PracticeAlerts.LOOKBACK_DAYS + 30L);
        selfHarm.add(new SelfHarmAnswer(dora, ResponseId.random(), longAgo, 1));
        var key = new AlertKey(dora, AlertSubject.SELF_HARM_ANSWER, longAgo);

        assertThat(alerts.list(AlertScope.MINE, false))
                .extracting(PracticeAlert::key)
                .contains(key);
        alerts.acknowledge(key, "Seen at the visit; GP follows her");

        assertThat(alerts.list(AlertScope.MINE, true))
                .extracting(PracticeAlert::key)
                .doesNotContain(key);
        assertThat(alerts.openCount()).isEqualTo(new OpenAlerts(1, 0));
    }

    @Test
    void another_clinics_pt_neither_sees_nor_acknowledges_our_patients_epds_alert() {
        PatientId dora = PatientId.random();
        patient(dora, "Dora", Optional.empty());
        selfHarm.add(new SelfHarmAnswer(dora, ResponseId.random(), TODAY, 3));
        var key = new AlertKey(dora, AlertSubject.SELF_HARM_ANSWER, TODAY);
        actor = otherClinicsPt;

        assertThat(alerts.list(AlertScope.ALL, true)).isEmpty();
        assertThat(alerts.openCount()).isEqualTo(new OpenAlerts(0, 0));
        assertThatThrownBy(() -> alerts.acknowledge(key, "")).isInstanceOf(AccessRefusedException.class);
        assertThat(acknowledged).isEmpty();
    }

    @Test
    void an_epds_of_a_patient_assigned_to_another_pt_is_in_all_but_not_in_mine() {
        PatientId dora = PatientId.random();
        patient(dora, "Dora", Optional.of(paul.accountId()));
        selfHarm.add(new SelfHarmAnswer(dora, ResponseId.random(), TODAY, 1));

        assertThat(alerts.list(AlertScope.MINE, false))
                .noneMatch(alert -> alert.patientName().equals("Dora Berg"));
        assertThat(alerts.list(AlertScope.ALL, false).getFirst().patientName()).isEqualTo("Dora Berg");
    }

    @Test
    void acknowledging_twice_is_audited_once_and_hides_the_alert_unless_asked_for() {
        alerts.acknowledge(highPain, " Called her ");
        alerts.acknowledge(highPain, "Again");

        assertThat(acknowledged.get(highPain).note()).contains("Called her");
        assertThat(acknowledged.get(highPain).by()).isEqualTo(pia.accountId());
        assertThat(audit).extracting(AuditEvent::action).containsExactly(AuditAction.ALERT_ACKNOWLEDGED);
        assertThat(audit.getFirst().patient()).contains(PATIENT);
        assertThat(alerts.list(AlertScope.ALL, false))
                .noneMatch(alert -> alert.key().equals(highPain));
        assertThat(alerts.list(AlertScope.ALL, true))
                .filteredOn(alert -> alert.key().equals(highPain))
                .singleElement()
                .matches(PracticeAlert::acknowledged);
    }

    @Test
    void an_alert_the_log_does_not_raise_cannot_be_acknowledged_and_a_long_note_is_refused_at_its_field() {
        var invented = AlertKey.loggedDay(PATIENT, TODAY.minusDays(5));

        assertThatThrownBy(() -> alerts.acknowledge(invented, "")).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> alerts.acknowledge(highPain, "x".repeat(501)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.violations())
                        .extracting(violation -> violation.field())
                        .containsExactly(AlertAcknowledgement.NOTE_FIELD));
        assertThat(acknowledged).isEmpty();
    }

    @Test
    void reading_progress_is_audited_with_the_program_and_applying_without_a_change_is_refused() {
        var progress = reports.open(PATIENT);

        assertThat(progress.lastActivity()).contains(TODAY.minusDays(1));
        assertThat(progress.suggestion())
                .map(ProgressionSuggestion::kind)
                .contains(ProgressionSuggestion.Kind.NOT_ENOUGH_DATA);
        assertThat(audit.getLast().action()).isEqualTo(AuditAction.PROGRESS_VIEWED);
        assertThat(audit.getLast().record()).contains(PROGRAM.value());
        assertThatThrownBy(() -> reports.apply(PATIENT, 1, "Because"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.getMessage())
                        .contains("no longer suggests a change"));
    }

    private void patient(PatientId id, String given, Optional<AccountId> pt) {
        var details = PatientDetails.of(given, "Berg", LocalDate.of(1992, 3, 14), "", "", "English", pt, "", TODAY);
        patients.put(id, new Patient(id, ourClinic, details, false, 0));
    }

    private static Actor staff(Role role, ClinicId clinic) {
        return new Actor(AccountId.random(), "Staff", role, clinic, Optional.empty());
    }
}
