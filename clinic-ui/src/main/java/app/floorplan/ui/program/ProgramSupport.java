package app.floorplan.ui.program;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.assessment.Assessment;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.ClinicAssessmentSettings;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ExerciseLibrary;
import app.floorplan.core.exercise.ExerciseSearch;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.PrescriptionDecision;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.PrescriptionContext;
import app.floorplan.core.program.PrescriptionGate;
import app.floorplan.core.suggestion.ProgramSuggester;
import app.floorplan.core.suggestion.ProgramSuggestion;
import app.floorplan.core.suggestion.SuggestionInput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the program screens read besides the program itself: the exercises the clinic can prescribe, their names, the
 * suggestion from the findings, the intake's clearance and the names of patients and authors.
 *
 * <p>Only called after {@link app.floorplan.core.program.HomePrograms#current} has let the logged-in PT see the patient:
 * that use case holds the role and clinic checks.
 */
final class ProgramSupport {

    private static final int MAX_CHOICES = 1000;

    /** The intake and the current assessment versions of a patient, read once per screen. */
    record PatientFacts(Optional<Intake> intake, List<Assessment> assessments) {}

    private final ExerciseLibrary library;
    private final ExerciseLookup lookup;
    private final ProgramSuggester suggester;
    private final PatientRepository patients;
    private final IntakeRepository intakes;
    private final AssessmentRepository assessments;
    private final AccountRepository accounts;
    private final ClinicAssessmentSettings assessmentSettings;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final PrescriptionGate gate = new PrescriptionGate();

    ProgramSupport(
            ExerciseLibrary library,
            ExerciseLookup lookup,
            ProgramSuggester suggester,
            PatientRepository patients,
            IntakeRepository intakes,
            AssessmentRepository assessments,
            AccountRepository accounts,
            ClinicAssessmentSettings assessmentSettings,
            CurrentActor currentActor,
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
        this.clock = clock;
    }

    String patientName(PatientId patient) {
        return patients.findById(patient).map(p -> p.details().fullName()).orElse("Patient");
    }

    PatientFacts facts(PatientId patient) {
        return new PatientFacts(intakes.current(patient), assessments.currentFor(patient));
    }

    ProgramSuggestion suggest(PatientFacts facts) {
        // the findings behind a suggestion are judged by the limits the PT's clinic chose, as on the assessment
        var thresholds =
                assessmentSettings.diastasisThresholds(currentActor.require().clinicId());
        return suggester.suggest(SuggestionInput.of(facts.assessments(), facts.intake(), thresholds, today()));
    }

    /** Whether the intake clears the patient for exercise at all (red flags, intake present). */
    PrescriptionDecision clearance(PatientFacts facts) {
        return gate.clearance(PrescriptionContext.of(facts.intake(), facts.assessments(), today()));
    }

    /** The exercises the clinic can add to a program now (built-ins and its own, not retired), in library order. */
    List<Exercise> choices() {
        return library.search(ExerciseSearch.forClinic(currentActor.require().clinicId()), 0, MAX_CHOICES);
    }

    Optional<Exercise> exercise(ExerciseId id) {
        return lookup.find(currentActor.require().clinicId(), id);
    }

    String exerciseName(ExerciseId id) {
        return exercise(id).map(Exercise::name).orElse("Unknown exercise");
    }

    String authorName(AccountId author) {
        return accounts.findById(author).map(Account::displayName).orElse("Unknown author");
    }

    /** Names of the clinic's staff in one query, so a long version history costs no query per version. */
    Map<AccountId, String> staffNames() {
        return accounts.listByClinic(currentActor.require().clinicId()).stream()
                .collect(Collectors.toMap(Account::id, Account::displayName));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    ZoneId zone() {
        return clock.getZone();
    }
}
