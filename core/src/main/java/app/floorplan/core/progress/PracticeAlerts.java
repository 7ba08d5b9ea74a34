package app.floorplan.core.progress;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.questionnaire.SelfHarmAnswer;
import app.floorplan.core.questionnaire.SelfHarmAnswers;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The PT's alert list: alerts are computed on read from the practice log of the clinic's patients with an active
 * program and from the EPDS responses with item 10 above 0 (docs/adr/0010-practice-alerts.md); only acknowledgements
 * are stored. Reading the list costs a bounded number of statements whatever the number of patients: the roster, their
 * recent days, the EPDS item-10 answers, the acknowledgements (and a query per distinct clinic-owned exercise named in an
 * alert, and per patient without a program who answered item 10 above 0). PTs only: clinical data.
 *
 * <p>Audit: {@code ALERTS_VIEWED} when the list is read (not for the navigation badge's count, which shows no health
 * data), {@code ALERT_ACKNOWLEDGED} (patient) for each acknowledgement stored.
 */
public class PracticeAlerts {

    /**
     * Alerts come from the days of the last four weeks: the list is for acting on recent practice, and the Progress
     * tab shows the whole history. A week without a log still alerts, whatever its age.
     */
    public static final int LOOKBACK_DAYS = 28;

    /**
     * An EPDS answer with thoughts of self-harm stays listed until a PT acknowledges it, however old: it must not drop
     * out unseen while its PT is away. They are few, so all of a clinic's are read.
     */
    private static final LocalDate SELF_HARM_SINCE = LocalDate.EPOCH;

    private final PracticeRoster roster;
    private final SelfHarmAnswers selfHarmAnswers;
    private final PracticeLogRepository practice;
    private final AlertAcknowledgementRepository acknowledgements;
    private final PatientRepository patients;
    private final ExerciseLookup exercises;
    private final AlertRules rules;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    public PracticeAlerts(
            PracticeRoster roster,
            SelfHarmAnswers selfHarmAnswers,
            PracticeLogRepository practice,
            AlertAcknowledgementRepository acknowledgements,
            PatientRepository patients,
            ExerciseLookup exercises,
            AlertRules rules,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        this.roster = roster;
        this.selfHarmAnswers = selfHarmAnswers;
        this.practice = practice;
        this.acknowledgements = acknowledgements;
        this.patients = patients;
        this.exercises = exercises;
        this.rules = rules;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The alerts of the scope: urgent ones first, then the PT's own patients, then newest first.
     *
     * @param withAcknowledged also the ones already acknowledged
     */
    @RolesAllowed("PT")
    @Transactional
    public List<PracticeAlert> list(AlertScope scope, boolean withAcknowledged) {
        Actor actor = pt();
        var alerts = compute(actor, scope, patient -> true).stream()
                .filter(alert -> withAcknowledged || !alert.acknowledged())
                .toList();
        audit.record(actor, AuditAction.ALERTS_VIEWED);
        return alerts;
    }

    /**
     * How many alerts of the PT's own and unassigned patients wait for acknowledgement, and how many of them are urgent,
     * for the navigation badge.
     */
    @RolesAllowed("PT")
    @Transactional
    public OpenAlerts openCount() {
        Actor actor = pt();
        var open = compute(actor, AlertScope.MINE, patient -> true).stream()
                .filter(alert -> !alert.acknowledged())
                .toList();
        return new OpenAlerts(
                open.size(), (int) open.stream().filter(PracticeAlert::urgent).count());
    }

    /**
     * Acknowledges an alert of a patient of the PT's clinic, with an optional note. Acknowledging again keeps the first
     * acknowledgement.
     *
     * @throws InvalidInputException when the note is too long ({@link AlertAcknowledgement#NOTE_FIELD})
     * @throws AccessRefusedException for another clinic's patient or an alert the log does not raise
     */
    @RolesAllowed("PT")
    @Transactional
    public AlertAcknowledgement acknowledge(AlertKey alert, String note) {
        Actor actor = pt();
        patients.inClinicOf(actor, alert.patient());
        var acknowledgement = new AlertAcknowledgement(alert, actor.accountId(), clock.instant(), Optional.of(note));
        boolean raised = compute(actor, AlertScope.ALL, alert.patient()::equals).stream()
                .anyMatch(found -> found.key().equals(alert));
        if (!raised) {
            throw AccessRefusedException.noSuchRecord("no such alert");
        }
        if (acknowledgements.acknowledge(acknowledgement)) {
            audit.record(actor, AuditAction.ALERT_ACKNOWLEDGED, alert.patient());
        }
        return acknowledgement;
    }

    private List<PracticeAlert> compute(Actor actor, AlertScope scope, Predicate<PatientId> which) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(LOOKBACK_DAYS - 1L);
        var entries = roster.activePrograms(actor.clinicId()).stream()
                .filter(entry -> which.test(entry.patient()))
                .toList();
        var selfHarm = selfHarmAnswers.selfHarmAnswers(actor.clinicId(), SELF_HARM_SINCE).stream()
                .filter(answer -> which.test(answer.patient()))
                .toList();
        Map<PatientId, Recipient> recipients = recipients(actor, entries, selfHarm);
        recipients.values().removeIf(recipient -> scope == AlertScope.MINE && !mine(actor, recipient.assignedPt()));
        if (recipients.isEmpty()) {
            return List.of();
        }
        var ids = List.copyOf(recipients.keySet());
        Map<AlertKey, AlertAcknowledgement> acknowledged = acknowledgements.forPatients(ids, from);
        var found = new ArrayList<AlertRules.Found>(AlertRules.selfHarm(selfHarm.stream()
                .filter(answer -> recipients.containsKey(answer.patient()))
                .toList()));
        var practising = entries.stream()
                .filter(entry -> recipients.containsKey(entry.patient()))
                .toList();
        found.addAll(practiceAlerts(actor, practising, today, from));
        var alerts = new ArrayList<PracticeAlert>();
        for (var alert : found) {
            var acknowledgement = Optional.ofNullable(acknowledged.get(alert.key()));
            if (alert.key().subject() == AlertSubject.SELF_HARM_ANSWER
                    && alert.key().day().isBefore(from)
                    && acknowledgement.isPresent()) {
                // an old self-harm answer stays only until acknowledged, like the other alerts of its age
                continue;
            }
            Recipient recipient = recipients.get(alert.key().patient());
            alerts.add(new PracticeAlert(
                    alert.key(),
                    recipient.name(),
                    alert.reasons(),
                    alert.urgentReasons(),
                    assignedTo(actor, recipient.assignedPt()),
                    recipient.assignedPt().isEmpty(),
                    acknowledgement));
        }
        alerts.sort(Comparator.comparing((PracticeAlert alert) -> !alert.urgent())
                .thenComparing(alert -> !alert.assignedToActor())
                .thenComparing(alert -> alert.key().day(), Comparator.reverseOrder())
                .thenComparing(PracticeAlert::patientName)
                .thenComparing(alert -> alert.key().subject()));
        return alerts;
    }

    /** Who each alert is about: the roster names those with a program; a questionnaire may come from anyone else. */
    private Map<PatientId, Recipient> recipients(
            Actor actor, List<RosterEntry> entries, List<SelfHarmAnswer> selfHarm) {
        Map<PatientId, Recipient> recipients = new HashMap<>();
        entries.forEach(entry -> recipients.put(entry.patient(), new Recipient(entry.name(), entry.assignedPt())));
        selfHarm.stream()
                .map(SelfHarmAnswer::patient)
                .distinct()
                .filter(patient -> !recipients.containsKey(patient))
                .forEach(patient -> this.patients
                        .findById(patient)
                        .filter(found -> found.clinicId().equals(actor.clinicId()))
                        .ifPresent(found -> recipients.put(
                                patient,
                                new Recipient(
                                        found.details().fullName(),
                                        found.details().assignedPt()))));
        return recipients;
    }

    private List<AlertRules.Found> practiceAlerts(
            Actor actor, List<RosterEntry> entries, LocalDate today, LocalDate from) {
        if (entries.isEmpty()) {
            return List.of();
        }
        var ids = entries.stream().map(RosterEntry::patient).toList();
        Map<PatientId, List<PracticeDay>> days = practice.between(ids, from, today);
        Map<ExerciseId, String> names = new HashMap<>();
        var found = new ArrayList<AlertRules.Found>();
        for (var entry : entries) {
            LocalDate start = entry.programStarted().atZone(clock.getZone()).toLocalDate();
            found.addAll(rules.apply(
                    entry.patient(),
                    days.getOrDefault(entry.patient(), List.of()),
                    entry.baseline(),
                    entry.lastLogged(),
                    start,
                    today,
                    id -> names.computeIfAbsent(id, key -> exercises
                            .find(actor.clinicId(), key)
                            .map(Exercise::name)
                            .orElse("an exercise no longer in the library"))));
        }
        return found;
    }

    /** The patient's name and PT, for the list and its scope. */
    private record Recipient(String name, Optional<AccountId> assignedPt) {}

    /**
     * Her own patients and those with no assigned PT: an unassigned patient's alert would otherwise reach nobody's
     * default list or badge.
     */
    private static boolean mine(Actor actor, Optional<AccountId> assignedPt) {
        return assignedPt.isEmpty() || assignedTo(actor, assignedPt);
    }

    private static boolean assignedTo(Actor actor, Optional<AccountId> assignedPt) {
        return assignedPt.filter(actor.accountId()::equals).isPresent();
    }

    private Actor pt() {
        return currentActor.require().requireRole(Role.PT);
    }
}
