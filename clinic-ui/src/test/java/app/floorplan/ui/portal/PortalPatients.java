package app.floorplan.ui.portal;

import app.floorplan.core.account.Account;
import app.floorplan.core.account.AccountRepository;
import app.floorplan.core.account.Username;
import app.floorplan.core.account.password.PasswordHasher;
import app.floorplan.core.clinic.ClinicRepository;
import app.floorplan.core.demo.DemoClinic;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeLogRepository;
import app.floorplan.core.practice.SymptomReport;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.ui.testing.UiFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * Patients with a login in the demo clinic, made for one test each (the database lives as long as the test JVM, so
 * each test uses its own username and never the demo patients' logs).
 */
public final class PortalPatients {

    public static final String PASSWORD = "Portal-Test-Password-26";

    private final ClinicRepository clinics;
    private final AccountRepository accounts;
    private final PatientRepository patients;
    private final HomeProgramRepository programs;
    private final PracticeLogRepository practice;
    private final PasswordHasher hasher;
    private final StandardExerciseLibrary library = new StandardExerciseLibrary();

    public PortalPatients(ApplicationContext context) {
        this.clinics = context.getBean(ClinicRepository.class);
        this.accounts = context.getBean(AccountRepository.class);
        this.patients = context.getBean(PatientRepository.class);
        this.programs = context.getBean(HomeProgramRepository.class);
        this.practice = context.getBean(PracticeLogRepository.class);
        this.hasher = context.getBean(PasswordHasher.class);
    }

    /** The patient behind {@code username}, created with a login the first time. */
    public PatientId withLogin(String username) {
        var existing = accounts.findByUsername(Username.of(username));
        if (existing.isPresent()) {
            return existing.get().patientId().orElseThrow();
        }
        ClinicId clinic = clinics.findByName(DemoClinic.NAME).orElseThrow().id();
        PatientId patient = PatientId.random();
        patients.add(new Patient(
                patient,
                clinic,
                UiFixtures.patient("Tess", "Portal-" + username, LocalDate.of(1993, 5, 6), LocalDate.now()),
                false,
                0));
        accounts.add(new Account(
                AccountId.random(),
                clinic,
                Username.of(username),
                "Tess Portal",
                Role.PATIENT,
                hasher.hash(PASSWORD),
                true,
                Optional.of(patient),
                0));
        return patient;
    }

    /** A new patient of the demo PT without a login (the PT creates it in the test), named for one test. */
    public PatientId withoutLogin(String givenName, String familyName) {
        ClinicId clinic = clinics.findByName(DemoClinic.NAME).orElseThrow().id();
        PatientId patient = PatientId.random();
        patients.add(new Patient(
                patient,
                clinic,
                UiFixtures.patient(
                        givenName, familyName, LocalDate.of(1991, 9, 12), Optional.of(therapist()), LocalDate.now()),
                false,
                0));
        return patient;
    }

    /** Gives the patient a first program of the first {@code exercises} built-in exercises, unless she has one. */
    public HomeProgram program(PatientId patient, int exercises) {
        return programs.current(patient).orElseGet(() -> {
            var first =
                    HomeProgram.start(HomeProgramId.random(), patient, content(exercises), therapist(), Instant.now());
            programs.add(first.current());
            return first;
        });
    }

    /**
     * Gives the patient a first program of the first built-in exercises with the given dosages (one exercise per
     * dosage), unless she has one.
     */
    public HomeProgram program(PatientId patient, List<Dosage> dosages) {
        return programs.current(patient).orElseGet(() -> {
            List<ProgramItem> items = new ArrayList<>();
            for (int position = 0; position < dosages.size(); position++) {
                items.add(new ProgramItem(
                        position, library.exercises().get(position).id(), dosages.get(position), Optional.empty()));
            }
            var first = HomeProgram.start(
                    HomeProgramId.random(),
                    patient,
                    new ProgramContent(ProgramPhase.STABILITY, List.of(), items, Set.of(), Optional.empty()),
                    therapist(),
                    Instant.now());
            programs.add(first.current());
            return first;
        });
    }

    /** The name of the built-in exercise at {@code position} of the programs made here. */
    public String exerciseName(int position) {
        return library.exercises().get(position).name();
    }

    /** Adds a version with the first {@code exercises} built-in exercises. */
    public HomeProgram revise(PatientId patient, int exercises) {
        var program = programs.current(patient).orElseThrow();
        var next = program.revise(
                content(exercises),
                therapist(),
                Instant.now(),
                "More exercises",
                true,
                program.current().number());
        programs.addVersion(next, program.current().number());
        return program.with(next);
    }

    /** Logs the whole session as done with pain 4 on each of the given days. */
    public void logged(HomeProgram program, List<LocalDate> days) {
        for (LocalDate day : days) {
            practice.save(new PracticeDay(
                    program.patient(),
                    day,
                    program.id(),
                    program.current().number(),
                    Completion.DONE,
                    OptionalInt.of(4),
                    OptionalInt.of(3),
                    SymptomReport.NONE,
                    List.of(),
                    Instant.now(),
                    1));
        }
    }

    private AccountId therapist() {
        return accounts.findByUsername(Username.of(DemoClinic.PT.username()))
                .orElseThrow()
                .id();
    }

    public Optional<PracticeDay> entry(PatientId patient, LocalDate day) {
        return practice.find(patient, day);
    }

    private ProgramContent content(int exercises) {
        List<ProgramItem> items = new ArrayList<>();
        var all = library.exercises();
        for (int position = 0; position < exercises; position++) {
            var exercise = all.get(position);
            items.add(new ProgramItem(
                    position, exercise.id(), exercise.defaultDosage(), Optional.of("Note " + position)));
        }
        return new ProgramContent(
                ProgramPhase.BREATH_AND_CONNECTION,
                List.of("Carry my baby without pain"),
                items,
                Set.of(DailyLifeAdvice.LIFTING),
                Optional.empty());
    }
}
