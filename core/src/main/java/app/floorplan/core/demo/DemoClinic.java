package app.floorplan.core.demo;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.Username;
import app.floorplan.core.account.password.PasswordHasher;
import app.floorplan.core.assessment.AssessmentRepository;
import app.floorplan.core.clinic.Clinic;
import app.floorplan.core.clinic.ClinicRepository;
import app.floorplan.core.diary.DiaryRepository;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.intake.IntakeRepository;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.questionnaire.AssignmentRepository;
import app.floorplan.core.questionnaire.ResponseRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Loads the demo clinic once (staff, patients with intakes and two assessments each; home programs and practice logs for the
 * patients with a login): it does nothing when the clinic already exists, so restarts keep what a person changed.
 * Runs without a logged-in actor and is wired only when demo data is asked for.
 */
public class DemoClinic {

    public static final String NAME = "Demo Pelvic Health Clinic";

    public static final DemoLogin ADMIN =
            new DemoLogin("admin", "Harbour-Lantern-Admin-26", Role.ADMIN, "Alex Admin (demo)");
    public static final DemoLogin PT =
            new DemoLogin("therapist", "Pelvic-Floor-Clinic-26", Role.PT, "Pia Therapist (demo)");
    public static final DemoLogin PATIENT_ANNA =
            new DemoLogin("anna", "Morning-Walk-Stroller-26", Role.PATIENT, "Anna Berg");
    public static final DemoLogin PATIENT_BEA =
            new DemoLogin("bea", "Quiet-Breath-Garden-26", Role.PATIENT, "Bea Castillo");

    public static final List<DemoLogin> LOGINS = List.of(ADMIN, PT, PATIENT_ANNA, PATIENT_BEA);

    private final ClinicRepository clinics;
    private final AccountRepository accounts;
    private final PatientRepository patients;
    private final PasswordHasher hasher;
    private final DemoClinicalRecords clinicalRecords;
    private final Optional<DemoPrograms> homePrograms;
    private final Optional<DemoOutcomes> outcomes;
    private final Clock clock;

    public DemoClinic(
            ClinicRepository clinics,
            AccountRepository accounts,
            PatientRepository patients,
            IntakeRepository intakes,
            AssessmentRepository assessments,
            HomeProgramRepository programs,
            PracticeLogRepository practice,
            AssignmentRepository assignments,
            ResponseRepository responses,
            DiaryRepository diary,
            PasswordHasher hasher,
            Clock clock,
            boolean withPrograms) {
        this.clinics = clinics;
        this.accounts = accounts;
        this.patients = patients;
        this.hasher = hasher;
        this.clinicalRecords = new DemoClinicalRecords(intakes, assessments, clock);
        this.homePrograms = withPrograms ? Optional.of(new DemoPrograms(programs, practice, clock)) : Optional.empty();
        this.outcomes =
                withPrograms ? Optional.of(new DemoOutcomes(assignments, responses, diary, clock)) : Optional.empty();
        this.clock = clock;
    }

    /**
     * Creates the demo clinic unless it exists; answers whether it created it.
     *
     * <p>Without programs (as in the test suite, where the PT's tests prescribe for Anna and Bea) the patients start
     * with no plan, no practice log, no questionnaires and no diary.
     */
    @jakarta.transaction.Transactional
    public boolean loadIfAbsent() {
        if (clinics.findByName(NAME).isPresent()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        ClinicId clinic = ClinicId.random();
        clinics.add(new Clinic(clinic, NAME));
        addStaff(clinic, ADMIN);
        AccountId pt = addStaff(clinic, PT);

        PatientId anna = addPatient(
                clinic,
                PatientDetails.of(
                        "Anna",
                        "Berg",
                        today.minusYears(32).minusDays(40),
                        "+46 70 123 45 67",
                        "anna.berg@example.org",
                        "English",
                        Optional.of(pt),
                        "First baby; back pain since week 3 postpartum.",
                        today));
        AccountId annaLogin = addPatientLogin(clinic, anna, PATIENT_ANNA);
        clinicalRecords.anna(anna, born(anna), pt);
        homePrograms.ifPresent(demo -> demo.anna(anna, pt));
        outcomes.ifPresent(demo -> demo.anna(anna, annaLogin, pt));
        PatientId bea = addPatient(
                clinic,
                PatientDetails.of(
                        "Bea",
                        "Castillo",
                        today.minusYears(36).minusDays(200),
                        "+46 70 765 43 21",
                        "bea.castillo@example.org",
                        "Spanish",
                        Optional.of(pt),
                        "Second baby by emergency C-section.",
                        today));
        addPatientLogin(clinic, bea, PATIENT_BEA);
        clinicalRecords.bea(bea, born(bea), pt);
        homePrograms.ifPresent(demo -> demo.bea(bea, pt));
        outcomes.ifPresent(demo -> demo.bea(bea, pt));
        PatientId chloe = addPatient(
                clinic,
                PatientDetails.of(
                        "Chloé",
                        "Dupré",
                        today.minusYears(29).minusDays(90),
                        "",
                        "",
                        "French",
                        Optional.of(pt),
                        "",
                        today));
        clinicalRecords.chloe(chloe, born(chloe), pt);
        return true;
    }

    private LocalDate born(PatientId patient) {
        return patients.findById(patient).orElseThrow().details().dateOfBirth();
    }

    private AccountId addStaff(ClinicId clinic, DemoLogin login) {
        AccountId id = AccountId.random();
        accounts.add(new Account(
                id,
                clinic,
                Username.of(login.username()),
                login.displayName(),
                login.role(),
                hasher.hash(login.password()),
                true,
                Optional.empty(),
                0));
        return id;
    }

    private PatientId addPatient(ClinicId clinic, PatientDetails details) {
        PatientId id = PatientId.random();
        patients.add(new Patient(id, clinic, details, false, 0));
        return id;
    }

    private AccountId addPatientLogin(ClinicId clinic, PatientId patient, DemoLogin login) {
        AccountId id = AccountId.random();
        accounts.add(new Account(
                id,
                clinic,
                Username.of(login.username()),
                login.displayName(),
                Role.PATIENT,
                hasher.hash(login.password()),
                true,
                Optional.of(patient),
                0));
        return id;
    }
}
