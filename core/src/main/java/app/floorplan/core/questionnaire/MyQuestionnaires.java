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
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The patient's use cases of the questionnaires her PT assigned: see what is due, fill one in a question at a time (each
 * answer saved at once, so she can stop and continue) and send it. Patients only, and only their own record, taken
 * from the login; an assignment of anyone else reads as refused. Once sent, it cannot be changed.
 *
 * <p>Audit (record = the response): {@code QUESTIONNAIRE_OPENED}, {@code QUESTIONNAIRE_DRAFT_SAVED} for every saved
 * answer, {@code QUESTIONNAIRE_SUBMITTED}. The list of what is due shows no answers and is not audited, like the PT's
 * alert badge.
 */
public class MyQuestionnaires {

    private final AssignmentRepository assignments;
    private final ResponseRepository responses;
    private final PatientRepository patients;
    private final ClinicCalendar calendar;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public MyQuestionnaires(
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

    /** The questionnaires due for her today and not sent yet, the longest waiting first. */
    @RolesAllowed("PATIENT")
    @Transactional
    public List<PendingQuestionnaire> pending() {
        PatientId own = own(patient());
        LocalDate today = calendar.today();
        List<Assignment> running =
                assignments.forPatient(own).stream().filter(a -> !a.ended()).toList();
        Map<Occurrence, LocalDate> answered =
                responses.answered(running.stream().map(Assignment::id).toList());
        return running.stream()
                .flatMap(assignment -> assignment.latestDue(today).stream()
                        .filter(due -> !answered.containsKey(due))
                        .map(due -> new PendingQuestionnaire(
                                assignment.id(),
                                assignment.instrument(),
                                due.dueOn(),
                                responses.draft(due).isPresent())))
                .sorted(Comparator.comparing(PendingQuestionnaire::dueOn))
                .toList();
    }

    /** The questionnaire as she left it: her answers so far, or as sent. */
    @RolesAllowed("PATIENT")
    @Transactional
    public FillIn open(AssignmentId id) {
        Actor actor = patient();
        Assignment assignment = hers(actor, id);
        FillIn fillIn = fillIn(assignment);
        audit.record(actor, AuditAction.QUESTIONNAIRE_OPENED, assignment.patient(), id.value());
        return fillIn;
    }

    /**
     * Saves one answer (or clears it, to skip the question) in the open questionnaire.
     *
     * @throws InvalidInputException for an item it does not have, a score it cannot take, or when nothing is open
     */
    @RolesAllowed("PATIENT")
    @Transactional
    public FillIn answer(AssignmentId id, int item, Optional<BigDecimal> score) {
        Actor actor = patient();
        Assignment assignment = hers(actor, id);
        Occurrence due = openOccurrence(assignment);
        QuestionItem question = assignment
                .instrument()
                .scoring()
                .item(item)
                .orElseThrow(() -> new InvalidInputException(QuestionnaireFields.ANSWERS, "No such question"));
        if (score.isPresent() && !question.accepts(score.get())) {
            throw new InvalidInputException(question.field(), "Choose one of the answers");
        }
        ResponseDraft before = responses
                .draft(due)
                .orElseGet(() -> new ResponseDraft(
                        due.responseId(),
                        assignment.patient(),
                        due,
                        new QuestionnaireAnswers(assignment.instrument(), new TreeMap<>(), Map.of()),
                        calendar.clock().instant()));
        var draft = new ResponseDraft(
                before.id(),
                before.patient(),
                due,
                before.answers().with(item, score),
                calendar.clock().instant());
        responses.saveDraft(draft);
        audit.record(
                actor,
                AuditAction.QUESTIONNAIRE_DRAFT_SAVED,
                assignment.patient(),
                draft.id().value());
        return new FillIn(id, assignment.instrument(), Optional.of(due.dueOn()), draft.answers(), Optional.empty());
    }

    /**
     * Sends the open questionnaire to her PT, scored by its published rule. Sending twice (a double tap) keeps the first.
     *
     * @throws InvalidInputException when too few questions are answered for it to be scored, or nothing is open
     */
    @RolesAllowed("PATIENT")
    @Transactional
    public FillIn submit(AssignmentId id) {
        Actor actor = patient();
        Assignment assignment = hers(actor, id);
        FillIn current = fillIn(assignment);
        if (current.sentOn().isPresent()) {
            return current;
        }
        Occurrence due = openOccurrence(assignment);
        ResponseDraft draft = responses
                .draft(due)
                .orElseThrow(() -> new InvalidInputException(
                        QuestionnaireFields.ANSWERS, "Answer the questions first, then send them"));
        LocalDate today = calendar.today();
        var response = QuestionnaireResponse.first(
                draft.id(),
                assignment.patient(),
                Optional.of(due),
                today,
                ResponseSource.PATIENT,
                draft.answers(),
                actor.accountId(),
                calendar.clock().instant(),
                today);
        if (responses.submit(response)) {
            audit.record(
                    actor,
                    AuditAction.QUESTIONNAIRE_SUBMITTED,
                    assignment.patient(),
                    draft.id().value());
        }
        return fillIn(assignment);
    }

    private FillIn fillIn(Assignment assignment) {
        LocalDate today = calendar.today();
        Optional<Occurrence> due = assignment.latestDue(today);
        var empty = new QuestionnaireAnswers(assignment.instrument(), new TreeMap<>(), Map.of());
        if (due.isEmpty()) {
            return new FillIn(assignment.id(), assignment.instrument(), Optional.empty(), empty, Optional.empty());
        }
        Optional<QuestionnaireResponse> sent = responses.forOccurrence(due.get());
        QuestionnaireAnswers answers = sent.map(QuestionnaireResponse::answers)
                .or(() -> responses.draft(due.get()).map(ResponseDraft::answers))
                .orElse(empty);
        return new FillIn(
                assignment.id(),
                assignment.instrument(),
                due.map(Occurrence::dueOn),
                answers,
                sent.map(QuestionnaireResponse::answeredOn));
    }

    private Occurrence openOccurrence(Assignment assignment) {
        LocalDate today = calendar.today();
        return assignment
                .latestDue(today)
                .filter(due -> responses.forOccurrence(due).isEmpty())
                .orElseThrow(() -> new InvalidInputException(
                        QuestionnaireFields.ANSWERS,
                        "This questionnaire is not open for answers: it was sent, ended or is not due yet"));
    }

    private Assignment hers(Actor actor, AssignmentId id) {
        PatientId own = own(actor);
        return assignments
                .find(id)
                .filter(assignment -> assignment.patient().equals(own))
                .orElseThrow(() -> new AccessRefusedException("assignment of another patient"));
    }

    private PatientId own(Actor actor) {
        return patients.ownRecordOf(actor).id();
    }

    private Actor patient() {
        return currentActor.require().requireRole(Role.PATIENT);
    }
}
