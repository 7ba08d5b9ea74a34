package app.floorplan.core.questionnaire;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The PT's use cases of questionnaires: assign one for the patient's phone, end an assignment, enter a paper copy, read
 * and correct responses. Clinical data, so PTs only, and only for their own clinic's patients; who entered or corrected
 * comes from the login.
 *
 * <p>Audit (patient; record = the assignment or response): {@code QUESTIONNAIRES_VIEWED}, {@code QUESTIONNAIRE_ASSIGNED},
 * {@code QUESTIONNAIRE_ASSIGNMENT_ENDED}, {@code QUESTIONNAIRE_ENTERED}, {@code QUESTIONNAIRE_VIEWED},
 * {@code QUESTIONNAIRE_CORRECTED}. Answers never go into the trail or a log.
 */
public class QuestionnaireRecords {

    private static final String THIS_RESPONSE = "This questionnaire";
    private static final String THIS_ASSIGNMENT = "This assignment";

    private final AssignmentRepository assignments;
    private final ResponseRepository responses;
    private final PatientRepository patients;
    private final ClinicCalendar calendar;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public QuestionnaireRecords(
            AssignmentRepository assignments,
            ResponseRepository responses,
            PatientRepository patients,
            ClinicCalendar calendar,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.assignments = assignments;
        this.responses = responses;
        this.patients = patients;
        this.calendar = calendar;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** What is assigned, every response and any EPDS with thoughts of self-harm. */
    @RolesAllowed("PT")
    @Transactional
    public QuestionnaireOverview overview(PatientId patient) {
        Actor actor = pt(patient);
        LocalDate today = calendar.today();
        List<Assignment> assigned = assignments.forPatient(patient);
        Map<Occurrence, LocalDate> answered =
                responses.answered(assigned.stream().map(Assignment::id).toList());
        List<AssignmentStatus> statuses = assigned.stream()
                .map(assignment -> status(assignment, answered, today))
                .toList();
        List<QuestionnaireResponse> all = responses.currentFor(patient);
        List<SelfHarmAnswer> selfHarm = all.stream()
                .flatMap(response -> response
                        .selfHarmItem()
                        .filter(score -> score > 0)
                        .map(score -> new SelfHarmAnswer(patient, response.id(), response.answeredOn(), score))
                        .stream())
                .toList();
        audit.record(actor, AuditAction.QUESTIONNAIRES_VIEWED, patient);
        return new QuestionnaireOverview(statuses, all, selfHarm);
    }

    /**
     * Asks the patient to fill in a questionnaire on her phone, once or every {@code repeatWeeks} weeks.
     *
     * @throws InvalidInputException for an instrument she cannot fill in, a day in the past or a bad repeat
     */
    @RolesAllowed("PT")
    @Transactional
    public Assignment assign(
            PatientId patient, Instrument instrument, LocalDate startsOn, Optional<Integer> repeatWeeks) {
        Actor actor = pt(patient);
        var assignment = Assignment.assign(
                AssignmentId.random(),
                patient,
                instrument,
                startsOn,
                repeatWeeks,
                actor.accountId(),
                calendar.clock().instant(),
                calendar.today());
        assignments.add(assignment);
        audit.record(
                actor,
                AuditAction.QUESTIONNAIRE_ASSIGNED,
                patient,
                assignment.id().value());
        return assignment;
    }

    /**
     * Ends an assignment: nothing more falls due; what she answered stays.
     *
     * @throws EditConflictException when someone changed it since the page opened
     */
    @RolesAllowed("PT")
    @Transactional
    public void endAssignment(PatientId patient, AssignmentId id, int version) {
        Actor actor = pt(patient);
        Assignment assignment = assignments
                .find(id)
                .filter(found -> found.patient().equals(patient))
                .orElseThrow(() -> new AccessRefusedException("assignment of another patient"));
        if (assignment.ended()) {
            return;
        }
        if (assignment.version() != version
                || !assignments.end(
                        id, version, actor.accountId(), calendar.clock().instant())) {
            throw new EditConflictException(THIS_ASSIGNMENT);
        }
        audit.record(actor, AuditAction.QUESTIONNAIRE_ASSIGNMENT_ENDED, patient, id.value());
    }

    /**
     * Enters a questionnaire the patient filled in on paper (or, for the PSFS, answered in the interview). When the same
     * instrument is due on her phone and the paper copy was answered on or after that due day, it answers that
     * occurrence too, replacing any answers she had started there.
     *
     * @throws InvalidInputException with every problem by field ({@link QuestionnaireFields})
     */
    @RolesAllowed("PT")
    @Transactional
    public QuestionnaireResponse enter(PatientId patient, LocalDate answeredOn, QuestionnaireAnswers answers) {
        Actor actor = pt(patient);
        LocalDate today = calendar.today();
        Optional<Occurrence> open = openOccurrence(patient, answers.instrument(), answeredOn, today);
        ResponseId id = open.map(Occurrence::responseId).orElseGet(ResponseId::random);
        var response = QuestionnaireResponse.first(
                id,
                patient,
                open,
                answeredOn,
                ResponseSource.PAPER,
                answers,
                actor.accountId(),
                calendar.clock().instant(),
                today);
        if (!responses.submit(response)) {
            throw new EditConflictException(
                    "The questionnaire due on " + open.map(Occurrence::dueOn).orElse(answeredOn));
        }
        audit.record(actor, AuditAction.QUESTIONNAIRE_ENTERED, patient, id.value());
        return response;
    }

    /** Every version of a response, oldest first. */
    @RolesAllowed("PT")
    @Transactional
    public List<QuestionnaireResponse> open(PatientId patient, ResponseId id) {
        Actor actor = pt(patient);
        List<QuestionnaireResponse> versions = responses.versions(id);
        if (versions.isEmpty() || !versions.getFirst().patient().equals(patient)) {
            throw new AccessRefusedException("response of another patient");
        }
        audit.record(actor, AuditAction.QUESTIONNAIRE_VIEWED, patient, id.value());
        return versions;
    }

    /**
     * Corrects a response as a new version with a reason (a slip in transcribing the paper copy, a wrong day).
     *
     * @param revision the version the PT saw
     * @throws EditConflictException when it was corrected meanwhile
     * @throws InvalidInputException with every problem by field
     */
    @RolesAllowed("PT")
    @Transactional
    public QuestionnaireResponse correct(
            PatientId patient,
            ResponseId id,
            int revision,
            LocalDate answeredOn,
            QuestionnaireAnswers answers,
            String reason) {
        Actor actor = pt(patient);
        QuestionnaireResponse current = responses
                .current(id)
                .filter(found -> found.patient().equals(patient))
                .orElseThrow(() -> new AccessRefusedException("response of another patient"));
        if (current.revision().number() != revision) {
            throw new EditConflictException(THIS_RESPONSE);
        }
        var correction = current.correct(
                answeredOn, answers, actor.accountId(), calendar.clock().instant(), reason, calendar.today());
        if (!responses.correct(correction)) {
            throw new EditConflictException(THIS_RESPONSE);
        }
        audit.record(actor, AuditAction.QUESTIONNAIRE_CORRECTED, patient, id.value());
        return correction.current();
    }

    private Optional<Occurrence> openOccurrence(
            PatientId patient, Instrument instrument, LocalDate answeredOn, LocalDate today) {
        List<Assignment> running = assignments.forPatient(patient).stream()
                .filter(assignment -> assignment.instrument() == instrument && !assignment.ended())
                .toList();
        Map<Occurrence, LocalDate> answered =
                responses.answered(running.stream().map(Assignment::id).toList());
        return running.stream()
                .flatMap(assignment -> assignment.latestDue(today).stream())
                .filter(due -> !answered.containsKey(due) && !answeredOn.isBefore(due.dueOn()))
                .max(Comparator.comparing(Occurrence::dueOn));
    }

    private static AssignmentStatus status(
            Assignment assignment, Map<Occurrence, LocalDate> answered, LocalDate today) {
        Optional<Occurrence> latest = assignment.latestDue(today);
        Optional<LocalDate> lastAnswered = answered.keySet().stream()
                .filter(occurrence -> occurrence.assignment().equals(assignment.id()))
                .map(Occurrence::dueOn)
                .max(Comparator.naturalOrder());
        return new AssignmentStatus(
                assignment,
                latest.filter(due -> !answered.containsKey(due)).map(Occurrence::dueOn),
                assignment.nextDueAfter(today),
                lastAnswered);
    }

    private Actor pt(PatientId patient) {
        Actor actor = currentActor.require().requireRole(Role.PT);
        patients.inClinicOf(actor, patient);
        return actor;
    }
}
