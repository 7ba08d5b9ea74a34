package app.floorplan.core.reminder;

import java.util.Objects;
import java.util.Optional;

/**
 * What the physiotherapist sees of a patient's reminders: whether they are on, when, and how many devices get
 * notifications. Her login's state is shown next to it (reminders pause while the login is disabled).
 *
 * @param schedule empty when she never set reminders up
 */
public record ReminderStatus(boolean on, Optional<ReminderSchedule> schedule, int devices) {

    public ReminderStatus {
        Objects.requireNonNull(schedule, "schedule");
    }
}
