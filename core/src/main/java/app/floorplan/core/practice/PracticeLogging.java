package app.floorplan.core.practice;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Use cases of the patient's practice log: open today's form and save (or correct) today's entry. Patients only, and
 * only their own record, taken from the login. "Today" is the clinic's calendar day; earlier days are read-only. The
 * program and its version come from the stored current plan, never from the form, and every logged exercise must be in
 * that version.
 *
 * <p>Audit (record = the program's id): {@code PRACTICE_LOGGED} for the day's first entry, {@code PRACTICE_CORRECTED}
 * when a same-day correction changed it. A retry with the same content changes nothing and is not audited again.
 */
public class PracticeLogging {

    private final PatientRepository patients;
    private final HomeProgramRepository programs;
    private final ExerciseLookup exercises;
    private final PracticeLogRepository log;
    private final ClinicCalendar calendar;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public PracticeLogging(
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

    /** Today's date, the plan's exercises and today's entry if there is one. */
    @RolesAllowed("PATIENT")
    @Transactional
    public TodaysPractice today() {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        PatientId own = patients.ownRecordOf(actor).id();
        LocalDate today = calendar.today();
        List<PlannedExercise> planned = programs.current(own)
                .map(program -> program.current().content().items().stream()
                        .map(item -> new PlannedExercise(item.exercise(), item.position(), name(actor, item)))
                        .toList())
                .orElse(List.of());
        return new TodaysPractice(today, planned, log.find(own, today));
    }

    /**
     * Saves today's entry, or replaces it when one was saved earlier today. Saving the same entry twice (a double tap,
     * a retry) leaves one entry with unchanged content.
     *
     * @return the entry as stored
     * @throws InvalidInputException with every problem by field (keys in {@link PracticeFields}); nothing is saved
     */
    @RolesAllowed("PATIENT")
    @Transactional
    public PracticeDay log(PracticeEntry entry) {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        PatientId own = patients.ownRecordOf(actor).id();
        LocalDate today = calendar.today();
        if (!entry.date().equals(today)) {
            throw new InvalidInputException(
                    PracticeFields.DATE,
                    "Only today's practice can be saved or changed; earlier days stay as they were saved."
                            + " Open today's log to record today.");
        }
        HomeProgramVersion plan = programs.current(own)
                .map(HomeProgram::current)
                .orElseThrow(() -> new InvalidInputException(
                        PracticeFields.EXERCISES, "You have no plan yet: your physiotherapist will add one"));
        var found = new Violations();
        List<ExerciseOutcome> outcomes = outcomes(found, plan, entry.exercises());
        found.check(
                !outcomes.isEmpty() || entry.session().isPresent(),
                PracticeFields.SESSION,
                "Say how today's session went: done, partly done or skipped");
        Optional<SymptomReport> symptoms = found.attempt(
                () -> SymptomReport.of(entry.symptoms(), entry.otherSymptom(), PracticeFields.SYMPTOMS_OTHER));
        Completion session =
                outcomes.isEmpty() ? entry.session().orElse(Completion.DONE) : PracticeDay.sessionFrom(outcomes);
        Optional<PracticeDay> day = found.attempt(() -> new PracticeDay(
                own,
                today,
                plan.program(),
                plan.number(),
                session,
                entry.pain(),
                entry.effort(),
                symptoms.orElse(SymptomReport.NONE),
                outcomes,
                calendar.clock().instant(),
                1));
        found.throwIfAny();
        Optional<PracticeDay> before = log.find(own, today);
        PracticeDay saved = log.save(day.orElseThrow());
        if (before.isEmpty()) {
            audit.record(actor, AuditAction.PRACTICE_LOGGED, own, plan.program().value());
        } else if (saved.revision() > before.get().revision()) {
            audit.record(
                    actor, AuditAction.PRACTICE_CORRECTED, own, plan.program().value());
        }
        return saved;
    }

    /** The filled-in exercises in plan order; blank ones are left out, unknown ones refused. */
    private static List<ExerciseOutcome> outcomes(
            Violations found, HomeProgramVersion plan, List<ExerciseEntry> entries) {
        Map<ExerciseId, Integer> positions =
                plan.content().items().stream().collect(Collectors.toMap(ProgramItem::exercise, ProgramItem::position));
        List<ExerciseEntry> filled = entries.stream()
                .filter(entry -> !entry.blank())
                .sorted(Comparator.comparing(entry -> positions.getOrDefault(entry.exercise(), Integer.MAX_VALUE)))
                .toList();
        List<ExerciseOutcome> outcomes = new ArrayList<>();
        for (ExerciseEntry entry : filled) {
            Integer position = positions.get(entry.exercise());
            if (position == null) {
                found.add(PracticeFields.EXERCISES, "An exercise you logged is not part of your current plan");
                continue;
            }
            found.check(
                    entry.completion().isPresent(),
                    PracticeFields.exerciseCompletion(position),
                    "Say how this exercise went: done, partly done or skipped");
            Optional<SymptomReport> symptoms = found.attempt(() ->
                    SymptomReport.of(entry.symptoms(), entry.otherSymptom(), PracticeFields.exerciseOther(position)));
            if (entry.completion().isPresent() && symptoms.isPresent()) {
                outcomes.add(
                        new ExerciseOutcome(entry.exercise(), entry.completion().get(), symptoms.get()));
            }
        }
        return outcomes;
    }

    private String name(Actor actor, ProgramItem item) {
        return exercises
                .find(actor.clinicId(), item.exercise())
                .map(Exercise::name)
                .orElse("Exercise " + (item.position() + 1));
    }
}
