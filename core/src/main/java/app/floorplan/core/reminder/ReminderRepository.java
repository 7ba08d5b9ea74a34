package app.floorplan.core.reminder;

import app.floorplan.core.identity.PatientId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Port: reminder settings, push devices and which days' reminders were sent. */
public interface ReminderRepository {

    Optional<PracticeReminder> find(PatientId patient);

    /**
     * Stores the settings when the stored version is still {@code reminder.version()} (0: none stored yet), as
     * version + 1.
     *
     * @return false when someone else changed them first
     */
    boolean save(PracticeReminder reminder, Instant changedAt);

    List<PushDevice> devices(PatientId patient);

    /** Adds the device, or moves an already known endpoint to this patient with its new keys. */
    void addDevice(PatientId patient, PushDevice device);

    /** @return whether she had that device */
    boolean removeDevice(PatientId patient, String endpoint);

    /** Forgets a device the push service no longer knows, whoever it belonged to. */
    void forgetDevice(String endpoint);

    /**
     * The reminders that are on for {@code day} at a time after {@code from} and up to {@code to}, not yet sent on
     * {@code date}, of patients whose login is enabled, whose record is not archived and who have a current plan.
     */
    List<DueReminder> due(LocalDate date, DayOfWeek day, LocalTime from, LocalTime to);

    /**
     * Claims the patient's reminder of {@code date} for sending; only the first claim of a day succeeds, so two
     * servers or a restart never send it twice.
     */
    boolean claim(PatientId patient, LocalDate date, Instant at);
}
