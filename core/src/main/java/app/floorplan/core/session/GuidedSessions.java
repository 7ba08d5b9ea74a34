package app.floorplan.core.session;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.dosage.DosageText;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeFields;
import app.floorplan.core.practice.PracticeLogging;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Use cases of the guided session: a patient starts today's session from her own current plan (taken from the login),
 * and its result, so far or at the end, is logged as today's practice through {@link PracticeLogging}, folded into
 * what she logged earlier today ({@link SessionMerge}).
 *
 * <p>Audit (record = the program's id): {@code GUIDED_SESSION_STARTED} when she starts; logging audits itself
 * ({@code PRACTICE_LOGGED} or {@code PRACTICE_CORRECTED}).
 */
public class GuidedSessions {

    private final PatientRepository patients;
    private final HomeProgramRepository programs;
    private final ExerciseLookup exercises;
    private final ClinicCalendar calendar;
    private final PracticeLogging logging;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public GuidedSessions(
            PatientRepository patients,
            HomeProgramRepository programs,
            ExerciseLookup exercises,
            ClinicCalendar calendar,
            PracticeLogging logging,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.patients = patients;
        this.programs = programs;
        this.exercises = exercises;
        this.calendar = calendar;
        this.logging = logging;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    /** Today's session from her current plan; empty until her physiotherapist prescribes one. */
    @RolesAllowed("PATIENT")
    @Transactional
    public Optional<SessionPlan> start() {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        PatientId own = patients.ownRecordOf(actor).id();
        Optional<HomeProgramVersion> current = programs.current(own).map(HomeProgram::current);
        current.ifPresent(version -> audit.record(
                actor,
                AuditAction.GUIDED_SESSION_STARTED,
                own,
                version.program().value()));
        return current.map(version -> new SessionPlan(
                calendar.today(),
                version.program(),
                version.number(),
                version.content().items().stream()
                        .flatMap(item -> exercises.find(actor.clinicId(), item.exercise()).stream()
                                .map(exercise -> guided(item, exercise)))
                        .toList()));
    }

    /**
     * Logs the session as today's practice, folded into today's entry. Called when she stops an exercise for a
     * symptom (so the symptom is saved at once) and at the end; saving the same result again changes nothing.
     *
     * @throws InvalidInputException when nothing was reached, or as the practice log refuses (another day, an
     *     exercise no longer in her plan, pain or effort out of range)
     */
    @RolesAllowed("PATIENT")
    @Transactional
    public PracticeDay record(SessionResult result) {
        currentActor.require().requireRole(Role.PATIENT);
        if (result.exercises().isEmpty()) {
            throw new InvalidInputException(PracticeFields.EXERCISES, "No exercise was reached yet: nothing to save");
        }
        return logging.log(SessionMerge.merge(logging.today(), result));
    }

    private static GuidedExercise guided(ProgramItem item, Exercise exercise) {
        var instructions = exercise.instructions();
        return new GuidedExercise(
                item.exercise(),
                item.position() + 1,
                exercise.name(),
                DosageText.forPatient(item.dosage()),
                instructions.setUp(),
                instructions.steps(),
                instructions.cues(),
                List.copyOf(exercise.watchFors().signs()),
                exercise.watchFors().note(),
                item.note(),
                SessionSteps.of(item.dosage()));
    }
}
