package app.floorplan.core.progress;

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
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomePrograms;
import app.floorplan.core.program.PrescriptionContext;
import app.floorplan.core.program.PrescriptionGate;
import app.floorplan.core.suggestion.PhaseCeiling;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The PT's progress report of one patient and applying its progression suggestion. Clinical data, so PTs only (admins
 * manage accounts, not care), and only for their own clinic's patients.
 *
 * <p>The progression suggestion reads the practice log, the program's versions, the assessments (phase ceiling, the
 * re-assessment before phase 3 and 4) and the intake (the gate and the cautions her record shows).
 *
 * <p>Audit: {@code PROGRESS_VIEWED} (record = the program) when the report is read; {@code PROGRESSION_APPLIED} with
 * the program revision (which {@link HomePrograms} audits as {@code PROGRAM_REVISED} too).
 */
public class ProgressReports {

    public static final String SUGGESTION_FIELD = "progress.suggestion";

    private final PatientRepository patients;
    private final HomeProgramRepository programs;
    private final HomePrograms homePrograms;
    private final PracticeLogRepository practice;
    private final IntakeRepository intakes;
    private final AssessmentRepository assessments;
    private final ExerciseLookup exercises;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;
    private final PrescriptionGate gate = new PrescriptionGate();

    public ProgressReports(
            PatientRepository patients,
            HomeProgramRepository programs,
            HomePrograms homePrograms,
            PracticeLogRepository practice,
            IntakeRepository intakes,
            AssessmentRepository assessments,
            ExerciseLookup exercises,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        this.patients = patients;
        this.programs = programs;
        this.homePrograms = homePrograms;
        this.practice = practice;
        this.intakes = intakes;
        this.assessments = assessments;
        this.exercises = exercises;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed("PT")
    @Transactional
    public PatientProgress open(PatientId patientId) {
        Actor actor = pt();
        patients.inClinicOf(actor, patientId);
        Optional<HomeProgram> program = programs.current(patientId);
        if (program.isEmpty()) {
            audit.record(actor, AuditAction.PROGRESS_VIEWED, patientId);
            return PatientProgress.withoutProgram();
        }
        PatientProgress progress = report(actor, patientId, program.get());
        audit.record(
                actor,
                AuditAction.PROGRESS_VIEWED,
                patientId,
                program.get().id().value());
        return progress;
    }

    /**
     * Applies the current suggestion as a new program version with the PT's reason. The suggestion is computed again
     * here from the log, never taken from the screen.
     *
     * @param openedVersion the program version the PT saw the suggestion for
     * @throws InvalidInputException when there is nothing to apply, the reason is missing or the gate refuses the change
     * @throws app.floorplan.core.validation.EditConflictException when the program changed meanwhile
     */
    @RolesAllowed("PT")
    @Transactional
    public HomeProgram apply(PatientId patientId, int openedVersion, String reason) {
        Actor actor = pt();
        patients.inClinicOf(actor, patientId);
        HomeProgram program = programs.current(patientId)
                .orElseThrow(() -> new InvalidInputException(SUGGESTION_FIELD, "The patient has no program yet"));
        var proposed = report(actor, patientId, program)
                .suggestion()
                .flatMap(ProgressionSuggestion::proposed)
                .orElseThrow(() -> new InvalidInputException(
                        SUGGESTION_FIELD, "The practice log no longer suggests a change: nothing was applied"));
        HomeProgram revised = homePrograms.revise(patientId, openedVersion, proposed, reason, false);
        audit.record(
                actor, AuditAction.PROGRESSION_APPLIED, patientId, program.id().value());
        return revised;
    }

    private PatientProgress report(Actor actor, PatientId patientId, HomeProgram program) {
        var zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate start = Adherence.startOf(program, zone);
        List<PracticeDay> days = practice.between(patientId, start, today);
        var intake = intakes.current(patientId);
        var assessed = assessments.currentFor(patientId);
        OptionalInt intakePain = intake.map(
                        current -> OptionalInt.of(current.pain().now().value()))
                .orElseGet(OptionalInt::empty);
        var baseline = PainBaseline.of(
                days.stream()
                        .filter(day -> day.pain().isPresent())
                        .map(day -> day.pain().getAsInt())
                        .limit(PainBaseline.FIRST_RATINGS)
                        .toList(),
                intakePain);
        Function<ExerciseId, Optional<Exercise>> lookup = cached(actor);
        var weeks = Adherence.perWeek(program, days, today, zone);
        var context = PrescriptionContext.of(intake, assessed, today);
        var suggestion = ProgressionRules.suggest(new ProgressionInput(
                program.current().content(),
                ProgramTimeline.of(program, zone),
                weeks,
                days,
                baseline,
                today,
                PhaseCeiling.of(assessed),
                PhaseCeiling.latestDomingTest(assessed),
                lookup,
                exercise -> Stream.concat(
                                gate.refusals(exercise, context).stream(), gate.warnings(exercise, context).stream())
                        .toList()));
        return new PatientProgress(
                Optional.of(program.current().number()),
                Optional.of(start),
                weeks,
                days.stream()
                        .filter(day -> day.pain().isPresent())
                        .map(day -> new PainPoint(day.date(), day.pain().getAsInt()))
                        .toList(),
                days.stream()
                        .filter(day -> day.effort().isPresent())
                        .map(day -> new EffortPoint(day.date(), day.effort().getAsInt()))
                        .toList(),
                baseline,
                symptoms(days, lookup),
                days.isEmpty() ? Optional.empty() : Optional.of(days.getLast().date()),
                Optional.of(suggestion));
    }

    private static List<SymptomEntry> symptoms(
            List<PracticeDay> days, Function<ExerciseId, Optional<Exercise>> lookup) {
        var entries = new ArrayList<SymptomEntry>();
        for (var day : days.reversed()) {
            if (day.symptoms().any()) {
                entries.add(new SymptomEntry(
                        day.date(),
                        Optional.empty(),
                        day.symptoms().flags(),
                        day.symptoms().otherText()));
            }
            for (var outcome : day.exercises()) {
                if (outcome.symptoms().any()) {
                    entries.add(new SymptomEntry(
                            day.date(),
                            Optional.of(lookup.apply(outcome.exercise())
                                    .map(Exercise::name)
                                    .orElse("Unknown exercise")),
                            outcome.symptoms().flags(),
                            outcome.symptoms().otherText()));
                }
            }
        }
        return entries;
    }

    /** Exercise lookups of one report, each exercise at most once (a clinic's own exercise costs a query). */
    private Function<ExerciseId, Optional<Exercise>> cached(Actor actor) {
        Map<ExerciseId, Optional<Exercise>> seen = new HashMap<>();
        return id -> seen.computeIfAbsent(id, key -> exercises.find(actor.clinicId(), key));
    }

    private Actor pt() {
        return currentActor.require().requireRole(Role.PT);
    }
}
