package app.floorplan.core.practice;

import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.program.ExerciseLookup;
import app.floorplan.core.program.HomeProgram;
import app.floorplan.core.program.HomeProgramRepository;
import app.floorplan.core.program.HomeProgramVersion;
import app.floorplan.core.program.ProgramFixtures;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ports the patient-side use cases need, in memory: patients with logins, their programs, the practice log, an
 * audit list, a settable clock in the clinic's zone (Europe/Berlin) and whoever is logged in.
 */
public final class PatientSide {

    public static final ZoneId CLINIC_ZONE = ZoneId.of("Europe/Berlin");

    public final ClinicId clinic = ClinicId.random();
    public final InMemoryPracticeLog log = new InMemoryPracticeLog();
    public final List<AuditEvent> audit = new ArrayList<>();
    private final Map<PatientId, Patient> patients = new HashMap<>();
    private final Map<PatientId, HomeProgram> programs = new HashMap<>();
    private Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private Actor actor;

    public final PatientRepository patientRepository = patientRepository();
    public final HomeProgramRepository programRepository = programRepository();
    public final ExerciseLookup exercises =
            (clinicId, id) -> ProgramFixtures.LIBRARY.find(id).filter(e -> e.isVisibleTo(clinicId));
    public final ClinicCalendar calendar = new ClinicCalendar(
            new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneId.of("UTC");
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Instant instant() {
                    return now;
                }
            },
            CLINIC_ZONE);
    public final CurrentActor currentActor = () -> actor;
    public final AuditTrail auditTrail = new AuditTrail(audit::add, Clock.systemUTC());

    public PatientSide() {
        actor = staff();
    }

    /** A patient of the clinic with a login; she is logged in afterwards. */
    public PatientId patient(String givenName) {
        return patient(givenName, false);
    }

    public PatientId patient(String givenName, boolean archived) {
        return patient(givenName, "Tester", archived);
    }

    /** A patient with her full name, e.g. one whose name needs Latin Extended letters on paper. */
    public PatientId patient(String givenName, String familyName, boolean archived) {
        PatientId id = PatientId.random();
        patients.put(
                id,
                new Patient(
                        id,
                        clinic,
                        PatientDetails.of(
                                givenName,
                                familyName,
                                LocalDate.of(1992, 3, 4),
                                "",
                                "",
                                "English",
                                Optional.empty(),
                                "",
                                LocalDate.of(2026, 11, 1)),
                        archived,
                        0));
        logIn(id);
        return id;
    }

    public void logIn(PatientId patient) {
        actor = new Actor(AccountId.random(), "Patient", Role.PATIENT, clinic, Optional.of(patient));
    }

    public void logInAsStaff() {
        actor = staff();
    }

    public void program(HomeProgram program) {
        programs.put(program.patient(), program);
    }

    public void at(Instant instant) {
        now = instant;
    }

    /** A PT or admin of this clinic, or of another clinic. */
    public void logInAs(Role role, ClinicId clinicId) {
        actor = new Actor(AccountId.random(), role.label(), role, clinicId, Optional.empty());
    }

    private Actor staff() {
        return new Actor(AccountId.random(), "Pia", Role.PT, clinic, Optional.empty());
    }

    private PatientRepository patientRepository() {
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "findById" -> Optional.ofNullable(patients.get((PatientId) args[0]));
            default -> {
                if (method.isDefault()) {
                    yield InvocationHandler.invokeDefault(proxy, method, args);
                }
                throw new UnsupportedOperationException(method.getName());
            }
        };
        return (PatientRepository) Proxy.newProxyInstance(
                PatientRepository.class.getClassLoader(), new Class<?>[] {PatientRepository.class}, handler);
    }

    private HomeProgramRepository programRepository() {
        return new HomeProgramRepository() {
            @Override
            public Optional<HomeProgram> current(PatientId patient) {
                return Optional.ofNullable(programs.get(patient));
            }

            @Override
            public void add(HomeProgramVersion first) {
                programs.put(first.patient(), new HomeProgram(List.of(first)));
            }

            @Override
            public boolean addVersion(HomeProgramVersion version, int expectedPreviousNumber) {
                programs.put(version.patient(), programs.get(version.patient()).with(version));
                return true;
            }
        };
    }
}
