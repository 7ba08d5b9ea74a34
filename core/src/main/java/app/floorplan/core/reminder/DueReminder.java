package app.floorplan.core.reminder;

import app.floorplan.core.identity.PatientId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reminder to send now: the patient, her channels, her e-mail address when she has one and her devices.
 */
public record DueReminder(
        PatientId patient, ReminderSchedule schedule, Optional<String> email, List<PushDevice> devices) {

    public DueReminder {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(email, "email");
        devices = List.copyOf(devices);
    }
}
