package app.floorplan.core.suggestion;

import static app.floorplan.core.program.ProgramFixtures.BREATHING;
import static app.floorplan.core.program.ProgramFixtures.NOW;
import static app.floorplan.core.program.ProgramFixtures.TODAY;
import static app.floorplan.core.program.ProgramFixtures.id;
import static app.floorplan.core.program.ProgramFixtures.intake;
import static app.floorplan.core.program.ProgramFixtures.nameOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.PasswordHash;
import app.floorplan.core.account.Username;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.assessment.ClinicAssessmentSettings;
import app.floorplan.core.assessment.DiastasisThresholds;
import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.exercise.ClinicExerciseRepository;
import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ExerciseLibrary;
import app.floorplan.core.exercise.ExerciseSearch;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.AccessRefusedException;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.Intake;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.intake.PrescriptionDecision;
import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.program.LibraryExerciseLookup;
import app.floorplan.core.testing.PortFake;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgramPlanningTest {

    private static final StandardExerciseLibrary BUILT_INS = new StandardExerciseLibrary();

    private final ClinicId ourClinic = ClinicId.random();
    private final PatientId anna = PatientId.random();
    private final Map<PatientId, Patient> patients = new HashMap<>();
    private final Map<PatientId, Intake> intakes = new HashMap<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<AuditEvent> audit = new ArrayList<>();
    private final Actor pia = staff("pia", "Pia Physio", Role.PT, ourClinic);
    private Actor actor = pia;

    private final ClinicExerciseRepository noOwnExercises = PortFake.of(
            ClinicExerciseRepository.class,
            Map.of(
                    "findById", args -> Optional.empty(),
                    "search", args -> ((ExerciseSearch) args[0]).applyTo(List.of()),
                    "count", args -> 0));
    private final AuditTrail trail = new AuditTrail(audit::add, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ProgramPlanning planning = new ProgramPlanning(
            new ExerciseLibrary(BUILT_INS, noOwnExercises, () -> actor, trail),
            new LibraryExerciseLookup(BUILT_INS, noOwnExercises),
            new ProgramSuggester(BUILT_INS),
            PortFake.of(
                    PatientRepository.class,
                    Map.of("findById", args -> Optional.ofNullable(patients.get((PatientId) args[0])))),
            PortFake.of(
                    IntakeRepository.class,
                    Map.of("current", args -> Optional.ofNullable(intakes.get((PatientId) args[0])))),
            PortFake.of(AssessmentRepository.class, Map.of("currentFor", args -> List.of())),
            PortFake.of(AccountRepository.class, Map.of("listByClinic", args -> accounts.stream()
                    .filter(a -> a.clinicId().equals(args[0]))
                    .toList())),
            PortFake.of(
                    ClinicAssessmentSettings.class, Map.of("diastasisThresholds", args -> DiastasisThresholds.DEFAULT)),
            () -> actor,
            trail,
            Clock.fixed(NOW, ZoneOffset.UTC));

    ProgramPlanningTest() {
        var details = PatientDetails.of(
                "Anna", "Berg", LocalDate.of(1992, 3, 14), "", "", "English", Optional.empty(), "", TODAY);
        patients.put(anna, new Patient(anna, ourClinic, details, false, 0));
    }

    @Test
    void a_pt_opens_the_aids_for_her_clinics_patient_and_the_reading_is_audited() {
        intakes.put(anna, intake().build());

        var aids = planning.open(anna);

        assertThat(aids.patientName()).isEqualTo("Anna Berg");
        assertThat(aids.clearance()).isInstanceOf(PrescriptionDecision.Allowance.class);
        assertThat(aids.choices()).extracting(Exercise::id).contains(id(BREATHING));
        assertThat(aids.authorName(pia.accountId())).isEqualTo("Pia Physio");
        assertThat(aids.authorName(AccountId.random())).isEqualTo("Unknown author");
        assertThat(audit).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.PROGRAM_AIDS_VIEWED);
            assertThat(event.patient()).contains(anna);
            assertThat(event.actor()).contains(pia.accountId());
        });
    }

    @Test
    void an_open_red_flag_refuses_the_clearance_with_its_reason() {
        intakes.put(anna, intake().redFlags(RedFlag.BLOOD_CLOT_SIGNS).build());

        var clearance = planning.open(anna).clearance();

        assertThat(clearance).isInstanceOfSatisfying(PrescriptionDecision.Rejection.class, rejection -> assertThat(
                        rejection.unresolvedFlags())
                .containsExactly(RedFlag.BLOOD_CLOT_SIGNS));
    }

    @Test
    void another_clinics_pt_and_an_admin_are_refused_and_nothing_is_audited() {
        actor = staff("olga", "Olga Other", Role.PT, ClinicId.random());
        assertThatThrownBy(() -> planning.open(anna)).isInstanceOf(AccessRefusedException.class);

        actor = staff("ada", "Ada Admin", Role.ADMIN, ourClinic);
        assertThatThrownBy(() -> planning.open(anna)).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> planning.staffNames()).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> planning.exerciseName(id(BREATHING))).isInstanceOf(AccessRefusedException.class);

        assertThat(audit).isEmpty();
    }

    @Test
    void names_come_from_the_clinics_library_and_staff_only() {
        staff("olga", "Olga Other", Role.PT, ClinicId.random());

        assertThat(planning.exerciseName(id(BREATHING))).contains(nameOf(id(BREATHING)));
        assertThat(planning.exerciseName(ExerciseId.random())).isEmpty();
        assertThat(planning.staffNames().values()).containsExactly("Pia Physio");
    }

    private Actor staff(String username, String name, Role role, ClinicId clinic) {
        var id = AccountId.random();
        accounts.add(new Account(
                id, clinic, Username.of(username), name, role, new PasswordHash("{test}x"), true, Optional.empty(), 0));
        return new Actor(id, name, role, clinic, Optional.empty());
    }
}
