package app.floorplan.core.reminder;

import app.floorplan.core.identity.PatientId;
import java.util.Objects;

/**
 * A patient's reminder settings. Settings, not clinical data: changed in place, with a version against lost updates
 * from two open tabs.
 *
 * @param on whether reminders are sent; turning them off keeps the days and time for turning them on again
 * @param version 0 for settings not saved yet, one more with each change
 */
public record PracticeReminder(PatientId patient, boolean on, ReminderSchedule schedule, int version) {

    public PracticeReminder {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(schedule, "schedule");
        if (version < 0) {
            throw new IllegalArgumentException("version >= 0");
        }
    }
}
