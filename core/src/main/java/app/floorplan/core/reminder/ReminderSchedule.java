package app.floorplan.core.reminder;

import app.floorplan.core.validation.Violations;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When and how she wants to be reminded: at least one day of the week, a time of day on the whole minute in the
 * clinic's time zone, and at least one channel. The database mirrors these rules (V30).
 */
public record ReminderSchedule(Set<DayOfWeek> days, LocalTime time, Set<ReminderChannel> channels) {

    public ReminderSchedule {
        var found = new Violations();
        found.check(days != null && !days.isEmpty(), ReminderFields.DAYS, "Choose at least one day");
        found.check(time != null, ReminderFields.TIME, "Choose a time");
        found.check(
                time == null || (time.getSecond() == 0 && time.getNano() == 0),
                ReminderFields.TIME,
                "Choose a time on the minute");
        found.check(
                channels != null && !channels.isEmpty(),
                ReminderFields.CHANNELS,
                "Choose how to be reminded: a notification, an e-mail or both");
        found.throwIfAny();
        days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
        Objects.requireNonNull(time, "time");
    }

    /** The form's values, checked together; each refusal is keyed by {@link ReminderFields}. */
    public static ReminderSchedule of(Set<DayOfWeek> days, LocalTime time, Set<ReminderChannel> channels) {
        return new ReminderSchedule(days, time, channels);
    }

    public boolean on(DayOfWeek day) {
        return days.contains(day);
    }

    public boolean by(ReminderChannel channel) {
        return channels.contains(channel);
    }
}
