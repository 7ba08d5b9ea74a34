package app.floorplan.core.overview;

import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentFindings;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.ClinicAssessmentSettings;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.program.HomeProgramRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Use case: a PT opens a patient's overview. Clinical data, so PTs only, and only their clinic's patients. */
public class PatientOverviews {

    // Re-assessment interval used by postnatal rehab programs: a phase typically lasts 4-6 weeks.
    static final int REASSESS_AFTER_DAYS = 42;

    private final PatientRepository patients;
    private final IntakeRepository intakes;
    private final AssessmentRepository assessments;
    private final HomeProgramRepository programs;
    private final ClinicAssessmentSettings settings;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;

    public PatientOverviews(
            PatientRepository patients,
            IntakeRepository intakes,
            AssessmentRepository assessments,
            HomeProgramRepository programs,
            ClinicAssessmentSettings settings,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        this.patients = patients;
        this.intakes = intakes;
        this.assessments = assessments;
        this.programs = programs;
        this.settings = settings;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed("PT")
    @Transactional
    public PatientOverview open(PatientId id) {
        Actor actor = currentActor.require().requireRole(Role.PT);
        Patient patient = patients.inClinicOf(actor, id);
        LocalDate today = LocalDate.now(clock);
        Optional<Intake> intake = intakes.current(id);
        List<Assessment> visits = assessments.currentFor(id);
        Optional<Assessment> latest = visits.stream().findFirst();
        Optional<AssessmentFindings> findings = latest.map(a -> AssessmentFindings.of(
                a, settings.diastasisThresholds(actor.clinicId()), intake.map(Intake::obstetricHistory)));
        // a flag answered yes at the intake or at any assessment blocks prescribing until it is settled
        Set<RedFlag> unresolved = Stream.concat(
                        intake.stream().flatMap(current -> current.unresolvedRedFlags().stream()),
                        visits.stream().flatMap(visit -> visit.unresolvedRedFlags().stream()))
                .collect(Collectors.toUnmodifiableSet());
        audit.record(actor, AuditAction.PATIENT_VIEWED, id);
        return new PatientOverview(
                patient,
                intake.isPresent(),
                intake.flatMap(i -> i.obstetricHistory().weeksPostpartum(today)),
                unresolved,
                latest.map(Assessment::date),
                findings.map(AssessmentFindings::findings).orElse(List.of()),
                findings.map(AssessmentFindings::notAssessed).orElse(Set.of()),
                nextSteps(
                        intake.isPresent(),
                        !unresolved.isEmpty(),
                        latest.map(Assessment::date),
                        programs.current(id).isPresent(),
                        today));
    }

    static List<NextStep> nextSteps(
            boolean intakeRecorded,
            boolean redFlagsOpen,
            Optional<LocalDate> lastAssessment,
            boolean programPrescribed,
            LocalDate today) {
        List<NextStep> steps = new ArrayList<>();
        if (!intakeRecorded) {
            steps.add(NextStep.RECORD_INTAKE);
        }
        if (redFlagsOpen) {
            steps.add(NextStep.RESOLVE_RED_FLAGS);
        }
        if (lastAssessment.isEmpty()) {
            steps.add(NextStep.FIRST_ASSESSMENT);
        } else if (lastAssessment.get().plusDays(REASSESS_AFTER_DAYS).isBefore(today)) {
            steps.add(NextStep.REASSESS);
        }
        // an open red flag blocks prescribing: resolving it is the step, not the program
        if (lastAssessment.isPresent() && !programPrescribed && !redFlagsOpen) {
            steps.add(NextStep.PRESCRIBE_PROGRAM);
        }
        return steps;
    }
}
