package app.floorplan.core.program;

import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.PrescriptionDecision;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.validation.EditConflictException;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use cases of the home program on the clinic side: read it, check a program against the gate, prescribe the first
 * version and revise it. Clinical data, so PTs only, and only for their own clinic's patients; the prescribing PT comes
 * from the login. Nothing is saved while the gate refuses anything ({@link PrescriptionGate}).
 *
 * <p>Audit (record = the program's id): {@code PROGRAM_VIEWED} when the program is read (patient only, before the first
 * prescription), {@code PROGRAM_PRESCRIBED} and {@code PROGRAM_REVISED} when a version is saved. Checking a draft
 * against the gate is not audited: nothing is read back or saved.
 */
public class HomePrograms {

    private static final String THIS_PROGRAM = "This home program";

    private final HomeProgramRepository programs;
    private final PatientRepository patients;
    private final IntakeRepository intakes;
    private final AssessmentRepository assessments;
    private final ExerciseLookup exercises;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;
    private final PrescriptionGate gate = new PrescriptionGate();

    public HomePrograms(
            HomeProgramRepository programs,
            PatientRepository patients,
            IntakeRepository intakes,
            AssessmentRepository assessments,
            ExerciseLookup exercises,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        this.programs = programs;
        this.patients = patients;
        this.intakes = intakes;
        this.assessments = assessments;
        this.exercises = exercises;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient's program with every version; empty before the first prescription. */
    @RolesAllowed("PT")
    @Transactional
    public Optional<HomeProgram> current(PatientId patientId) {
        Actor actor = pt();
        patients.inClinicOf(actor, patientId);
        Optional<HomeProgram> program = programs.current(patientId);
        program.ifPresentOrElse(
                found -> audit.record(
                        actor, AuditAction.PROGRAM_VIEWED, patientId, found.id().value()),
                () -> audit.record(actor, AuditAction.PROGRAM_VIEWED, patientId));
        return program;
    }

    /**
     * What the gate says about a program the PT is editing, before it is saved, so the form can mark refused items.
     *
     * @throws InvalidInputException when an exercise is not in the clinic's library
     */
    @RolesAllowed("PT")
    @Transactional
    public PrescriptionCheck check(PatientId patientId, ProgramContent content) {
        Actor actor = pt();
        patients.inClinicOf(actor, patientId);
        var found = new Violations();
        var resolved = resolve(found, actor, content, Set.of());
        found.throwIfAny();
        return gate.check(content, resolved, context(patientId));
    }

    /**
     * Prescribes the patient's first program, signed by the logged-in PT.
     *
     * @throws InvalidInputException with every refused item and the gate's reasons; nothing is saved
     * @throws EditConflictException when the patient already has a program (e.g. another PT prescribed one meanwhile)
     */
    @RolesAllowed("PT")
    @Transactional
    public HomeProgram prescribe(PatientId patientId, ProgramContent content) {
        Actor actor = pt();
        patients.inClinicOf(actor, patientId);
        if (programs.current(patientId).isPresent()) {
            throw new EditConflictException(THIS_PROGRAM);
        }
        var found = new Violations();
        refuseWhatTheGateRefuses(found, actor, patientId, content, Set.of());
        found.throwIfAny();
        var program = HomeProgram.start(HomeProgramId.random(), patientId, content, actor.accountId(), now());
        programs.add(program.current());
        audit.record(
                actor, AuditAction.PROGRAM_PRESCRIBED, patientId, program.id().value());
        return program;
    }

    /**
     * Revises the program: a new version with the reason, signed by the logged-in PT; every earlier version is kept.
     * Exercises retired since they were prescribed may stay, but none may be added.
     *
     * @param openedVersion the version number the PT opened and edited
     * @throws InvalidInputException with every refused value (no change, no reason, refused items); nothing is saved
     * @throws EditConflictException when someone else revised the program since it was opened: nothing is saved
     */
    @RolesAllowed("PT")
    @Transactional
    public HomeProgram revise(
            PatientId patientId,
            int openedVersion,
            ProgramContent content,
            String reason,
            boolean reasonVisibleToPatient) {
        Actor actor = pt();
        patients.inClinicOf(actor, patientId);
        HomeProgram program = programs.current(patientId)
                .orElseThrow(() -> new InvalidInputException(
                        ProgramFields.PROGRAM, "The patient has no program yet: prescribe the first one"));
        var found = new Violations();
        var next = found.attempt(
                () -> program.revise(content, actor.accountId(), now(), reason, reasonVisibleToPatient, openedVersion));
        Set<ExerciseId> prescribedBefore = program.current().content().items().stream()
                .map(ProgramItem::exercise)
                .collect(Collectors.toUnmodifiableSet());
        refuseWhatTheGateRefuses(found, actor, patientId, content, prescribedBefore);
        found.throwIfAny();
        // Two PTs may have opened the same version: only the first revision to reach the database wins.
        if (!programs.addVersion(next.orElseThrow(), openedVersion)) {
            throw new EditConflictException(THIS_PROGRAM);
        }
        audit.record(actor, AuditAction.PROGRAM_REVISED, patientId, program.id().value());
        return program.with(next.orElseThrow());
    }

    private void refuseWhatTheGateRefuses(
            Violations found,
            Actor actor,
            PatientId patientId,
            ProgramContent content,
            Set<ExerciseId> retiredAllowed) {
        var resolved = resolve(found, actor, content, retiredAllowed);
        var context = context(patientId);
        if (resolved.size() == content.items().size()) {
            gate.check(content, resolved, context).refusals().forEach(v -> found.add(v.field(), v.message()));
        } else if (gate.clearance(context) instanceof PrescriptionDecision.Rejection rejection) {
            // The items cannot all be checked yet; the clearance can, and is worth knowing at once.
            found.add(ProgramFields.PROGRAM, rejection.reason());
        }
    }

    /** The program's exercises as the clinic sees them; unknown ones and newly added retired ones are refused. */
    private Map<ExerciseId, Exercise> resolve(
            Violations found, Actor actor, ProgramContent content, Set<ExerciseId> retiredAllowed) {
        var resolved = new HashMap<ExerciseId, Exercise>();
        for (var item : content.items()) {
            var exercise = exercises.find(actor.clinicId(), item.exercise());
            if (exercise.isEmpty()) {
                found.add(ProgramFields.itemExercise(item.position()), "This exercise is not in your clinic's library");
            } else if (exercise.get().retired() && !retiredAllowed.contains(item.exercise())) {
                found.add(
                        ProgramFields.itemExercise(item.position()), "This exercise is retired: choose a current one");
            } else {
                resolved.put(item.exercise(), exercise.get());
            }
        }
        return resolved;
    }

    private PrescriptionContext context(PatientId patientId) {
        return PrescriptionContext.of(
                intakes.current(patientId), assessments.currentFor(patientId), LocalDate.now(clock));
    }

    private Instant now() {
        return clock.instant();
    }

    private Actor pt() {
        return currentActor.require().requireRole(Role.PT);
    }
}
