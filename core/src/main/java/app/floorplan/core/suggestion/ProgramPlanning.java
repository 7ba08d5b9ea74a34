package app.floorplan.core.suggestion;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.ClinicAssessmentSettings;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ExerciseLibrary;
import app.floorplan.core.exercise.ExerciseSearch;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.PrescriptionContext;
import app.floorplan.core.program.PrescriptionGate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Use cases around writing a home program, besides the program itself ({@link app.floorplan.core.program.HomePrograms}):
 * the aids the PT works with (the intake's clearance, the suggestion from the findings, the exercises to choose from)
 * and the names the program screens show. PTs only, and only for their own clinic's patients.
 *
 * <p>Audit: {@code PROGRAM_AIDS_VIEWED} with the patient when the aids are read, as they show her intake and findings.
 * Exercise and staff names are not audited: they hold no patient data.
 *
 * <p>It lives with the suggestions rather than in {@code program} because the suggester builds on the program's gate:
 * {@code program} cannot lean on {@code suggestion} without a cycle.
 */
public class ProgramPlanning {

    private static final int MAX_CHOICES = 1000;

    private final ExerciseLibrary library;
    private final ExerciseLookup lookup;
    private final ProgramSuggester suggester;
    private final PatientRepository patients;
    private final IntakeRepository intakes;
    private final AssessmentRepository assessments;
    private final AccountRepository accounts;
    private final ClinicAssessmentSettings assessmentSettings;
    private final CurrentActor currentActor;
    private final AuditTrail audit;
    private final Clock clock;
    private final PrescriptionGate gate = new PrescriptionGate();

    public ProgramPlanning(
            ExerciseLibrary library,
            ExerciseLookup lookup,
            ProgramSuggester suggester,
            PatientRepository patients,
            IntakeRepository intakes,
            AssessmentRepository assessments,
            AccountRepository accounts,
            ClinicAssessmentSettings assessmentSettings,
            CurrentActor currentActor,
            AuditTrail audit,
            Clock clock) {
        this.library = library;
        this.lookup = lookup;
        this.suggester = suggester;
        this.patients = patients;
        this.intakes = intakes;
        this.assessments = assessments;
        this.accounts = accounts;
        this.assessmentSettings = assessmentSettings;
        this.currentActor = currentActor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The aids for writing this patient's program, her intake and current assessments read once. */
    @RolesAllowed("PT")
    @Transactional
    public PlanningAids open(PatientId patientId) {
        Actor actor = pt();
        Patient patient = patients.inClinicOf(actor, patientId);
        Optional<Intake> intake = intakes.current(patientId);
        List<Assessment> current = assessments.currentFor(patientId);
        LocalDate today = LocalDate.now(clock);
        // the findings behind a suggestion are judged by the limits the PT's clinic chose, as on the assessment
        var thresholds = assessmentSettings.diastasisThresholds(actor.clinicId());
        var aids = new PlanningAids(
                patient.details().fullName(),
                gate.clearance(PrescriptionContext.of(intake, current, today)),
                suggester.suggest(SuggestionInput.of(current, intake, thresholds, today)),
                library.search(ExerciseSearch.forClinic(actor.clinicId()), 0, MAX_CHOICES),
                names(actor));
        audit.record(actor, AuditAction.PROGRAM_AIDS_VIEWED, patientId);
        return aids;
    }

    /**
     * An exercise of the clinic's library by name, retired ones included (an old version may hold one); empty for an
     * id the clinic does not know.
     */
    @RolesAllowed("PT")
    public Optional<String> exerciseName(ExerciseId id) {
        return lookup.find(pt().clinicId(), id).map(Exercise::name);
    }

    /** The names of the clinic's staff in one query, so a long version history costs no query per version. */
    @RolesAllowed("PT")
    @Transactional
    public Map<AccountId, String> staffNames() {
        return names(pt());
    }

    private Map<AccountId, String> names(Actor actor) {
        return accounts.listByClinic(actor.clinicId()).stream()
                .collect(Collectors.toMap(Account::id, Account::displayName));
    }

    private Actor pt() {
        return currentActor.require().requireRole(Role.PT);
    }
}
