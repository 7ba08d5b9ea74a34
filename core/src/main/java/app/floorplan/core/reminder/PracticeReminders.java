package app.floorplan.core.reminder;

import app.floorplan.core.audit.AuditAction;
import app.floorplan.core.audit.AuditTrail;
import app.floorplan.core.identity.Actor;
import app.floorplan.core.identity.CurrentActor;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.identity.Role;
import app.floorplan.core.patient.Patient;
import app.floorplan.core.patient.PatientRepository;
import app.floorplan.core.validation.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Use cases of practice reminders. A patient sees and changes only her own settings and devices (her record comes from
 * the login); a physiotherapist sees whether reminders are on for a patient of her clinic, nothing she could change.
 *
 * <p>Audit: {@code REMINDERS_VIEWED}, {@code REMINDERS_CHANGED}, {@code REMINDER_DEVICE_ADDED}, {@code
 * REMINDER_DEVICE_REMOVED} (the patient), {@code REMINDER_STATUS_VIEWED} (the PT).
 */
public class PracticeReminders {

    private final PatientRepository patients;
    private final ReminderRepository reminders;
    private final ReminderSender sender;
    private final PushEndpoints endpoints;
    private final Clock clock;
    private final CurrentActor currentActor;
    private final AuditTrail audit;

    public PracticeReminders(
            PatientRepository patients,
            ReminderRepository reminders,
            ReminderSender sender,
            PushEndpoints endpoints,
            Clock clock,
            CurrentActor currentActor,
            AuditTrail audit) {
        this.patients = patients;
        this.reminders = reminders;
        this.sender = sender;
        this.endpoints = endpoints;
        this.clock = clock;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    @RolesAllowed("PATIENT")
    @Transactional
    public MyReminders mine() {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        Patient own = patients.ownRecordOf(actor);
        audit.record(actor, AuditAction.REMINDERS_VIEWED, own.id());
        return new MyReminders(
                reminders.find(own.id()),
                reminders.devices(own.id()).size(),
                own.details().email(),
                sender.emailAvailable());
    }

    /**
     * Saves her reminder settings.
     *
     * @param expectedVersion the version she started from (0 for none)
     * @throws InvalidInputException on {@link ReminderFields#CHANNELS} when she asks for e-mail that cannot be sent,
     *     or without a field when the settings were changed in another window meanwhile
     */
    @RolesAllowed("PATIENT")
    @Transactional
    public PracticeReminder save(boolean on, ReminderSchedule schedule, int expectedVersion) {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        Patient own = patients.ownRecordOf(actor);
        if (schedule.by(ReminderChannel.EMAIL)
                && (!sender.emailAvailable() || own.details().email().isEmpty())) {
            throw new InvalidInputException(
                    ReminderFields.CHANNELS,
                    "E-mail reminders are not available: your clinic has not set up e-mail or has no address for you");
        }
        PracticeReminder wanted = new PracticeReminder(own.id(), on, schedule, expectedVersion);
        if (!reminders.save(wanted, clock.instant())) {
            throw new InvalidInputException(
                    "",
                    "Your reminders were changed in another window meanwhile. Reload the page to see them, then"
                            + " change them again.");
        }
        audit.record(actor, AuditAction.REMINDERS_CHANGED, own.id());
        return new PracticeReminder(own.id(), on, schedule, expectedVersion + 1);
    }

    /** Adds the browser she is using as a device for notifications. */
    @RolesAllowed("PATIENT")
    @Transactional
    public void addDevice(PushDevice device) {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        Patient own = patients.ownRecordOf(actor);
        if (!endpoints.accepts(device.endpoint())) {
            throw new InvalidInputException(
                    ReminderFields.DEVICE, "Notifications from this browser's push service are not supported");
        }
        reminders.addDevice(own.id(), device);
        audit.record(actor, AuditAction.REMINDER_DEVICE_ADDED, own.id());
    }

    /** Stops notifications to one of her devices (this browser, when she turns them off here). */
    @RolesAllowed("PATIENT")
    @Transactional
    public void removeDevice(String endpoint) {
        Actor actor = currentActor.require().requireRole(Role.PATIENT);
        Patient own = patients.ownRecordOf(actor);
        if (reminders.removeDevice(own.id(), endpoint)) {
            audit.record(actor, AuditAction.REMINDER_DEVICE_REMOVED, own.id());
        }
    }

    /** Whether reminders are on for a patient of her clinic. */
    @RolesAllowed("PT")
    @Transactional
    public ReminderStatus status(PatientId id) {
        Actor pt = currentActor.require().requireRole(Role.PT);
        Patient patient = patients.inClinicOf(pt, id);
        audit.record(pt, AuditAction.REMINDER_STATUS_VIEWED, patient.id());
        var reminder = reminders.find(patient.id());
        return new ReminderStatus(
                reminder.map(PracticeReminder::on).orElse(false),
                reminder.map(PracticeReminder::schedule),
                reminders.devices(patient.id()).size());
    }
}
