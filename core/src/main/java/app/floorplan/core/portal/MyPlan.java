package app.floorplan.core.portal;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.practice.PracticeProgress;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomeProgramVersion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Use case: a patient opens her own plan. The patient record comes from the login, never from a request. Only the
 * current version is shown; earlier versions and assessments stay with the clinic. Audited as {@code PLAN_VIEWED}.
 *
 * <p>Cost: a bounded number of statements however many exercises and logged days (the program in one read, the four
 * weeks of practice in another; built-in exercises come from memory).
 */
public class MyPlan {

    private final PatientRepository patients;
    private final HomeProgramRepository programs;
    private final ExerciseLookup exercises;
    private final PracticeLogRepository log;
    private final ClinicCalendar calendar;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public MyPlan(
            PatientRepository patients,
            HomeProgramRepository programs,
            ExerciseLookup exercises,
            PracticeLogRepository log,
            ClinicCalendar calendar,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.patients = patients;
        this.programs = programs;
        this.exercises = exercises;
        this.log = log;
        this.calendar = calendar;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @RolesAllowed("PATIENT")
    @Transactional
    public MyPlanPage open() {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        Patient patient = patients.ownRecordOf(actor);
        Optional<HomeProgramVersion> current = programs.current(patient.id()).map(HomeProgram::current);
        LocalDate today = calendar.today();
        var progress = PracticeProgress.of(today, log.between(patient.id(), PracticeProgress.firstDay(today), today));
        current.ifPresentOrElse(
                version -> audit.record(
                        actor,
                        AuditAction.PLAN_VIEWED,
                        patient.id(),
                        version.program().value()),
                () -> audit.record(actor, AuditAction.PLAN_VIEWED, patient.id()));
        return new MyPlanPage(patient.details().givenName(), current.map(version -> plan(actor, version)), progress);
    }

    private PatientPlan plan(Actor actor, HomeProgramVersion version) {
        var content = version.content();
        List<PlanExercise> planExercises = content.items().stream()
                .flatMap(item -> exercises.find(actor.clinicId(), item.exercise()).stream()
                        .map(exercise -> PlanExercise.of(item, exercise)))
                .toList();
        return new PatientPlan(
                content.phase(),
                content.goals(),
                planExercises,
                List.copyOf(content.advice()),
                content.freeTextAdvice(),
                LocalDate.ofInstant(version.createdAt(), calendar.zone()),
                version.reasonForPatient());
    }
}
