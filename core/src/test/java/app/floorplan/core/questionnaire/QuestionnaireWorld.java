package app.floorplan.core.questionnaire;

import app.floorplan.core.audit.AuditEvent;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.AccountId;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientDetails;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.practice.ClinicCalendar;
import app.floorplan.core.testing.PortFake;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Two clinics, two patients with logins, a PT, an admin and the questionnaire use cases over in-memory ports. */
final class QuestionnaireWorld {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    final ClinicId ourClinic = ClinicId.random();
    final PatientId anna = PatientId.random();
    final PatientId bea = PatientId.random();
    final Actor pia = staff(Role.PT, ourClinic);
    final Actor admin = staff(Role.ADMIN, ourClinic);
    final Actor otherClinicsPt = staff(Role.PT, ClinicId.random());
    final Actor annaLogin = patient(anna, ourClinic);
    final Actor beaLogin = patient(bea, ourClinic);
    final List<AuditEvent> audit = new ArrayList<>();
    final Map<PatientId, Patient> patients = new HashMap<>();
    final InMemoryQuestionnaires store = new InMemoryQuestionnaires(id -> patients.containsKey(id));
    Actor actor = pia;
    Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    final PatientRepository patientRepository = PortFake.of(
            PatientRepository.class,
            Map.of("findById", args -> Optional.ofNullable(patients.get((PatientId) args[0]))));

    final ClinicCalendar calendar = new ClinicCalendar(
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return clock.withZone(zone);
                }

                @Override
                public java.time.Instant instant() {
                    return clock.instant();
                }
            },
            ZoneOffset.UTC);

    final QuestionnaireRecords records;
    final MyQuestionnaires mine;

    QuestionnaireWorld() {
        patients.put(anna, patient(anna, "Anna"));
        patients.put(bea, patient(bea, "Bea"));
        AuditTrail trail = new AuditTrail(audit::add, calendar.clock());
        records = new QuestionnaireRecords(store, store, patientRepository, calendar, () -> actor, trail);
        mine = new MyQuestionnaires(store, store, patientRepository, calendar, () -> actor, trail);
    }

    void daysLater(int days) {
        clock = Clock.offset(clock, java.time.Duration.ofDays(days));
    }

    LocalDate today() {
        return calendar.today();
    }

    private Patient patient(PatientId id, String name) {
        return new Patient(
                id,
                ourClinic,
                PatientDetails.of(
                        name, "Berg", LocalDate.of(1992, 3, 4), "", "", "English", Optional.empty(), "", TODAY),
                false,
                0);
    }

    static Actor staff(Role role, ClinicId clinic) {
        return new Actor(AccountId.random(), role.name(), role, clinic, Optional.empty());
    }

    static Actor patient(PatientId id, ClinicId clinic) {
        return new Actor(AccountId.random(), "Patient", Role.PATIENT, clinic, Optional.of(id));
    }
}
