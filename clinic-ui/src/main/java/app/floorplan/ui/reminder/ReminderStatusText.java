package app.floorplan.ui.reminder;

import app.floorplan.core.reminder.ReminderChannel;
import app.floorplan.core.reminder.ReminderStatus;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** A patient's reminder status in one line for her physiotherapist. */
public final class ReminderStatusText {

    private ReminderStatusText() {}

    /**
     * E.g. "On · Monday, Thursday at 18:30 · notification on 1 device, e-mail", "Off" or "Not set up".
     *
     * @param loginEnabled whether her login is enabled: reminders pause while it is not
     */
    public static String of(ReminderStatus status, boolean loginEnabled) {
        if (status.schedule().isEmpty()) {
            return "Not set up";
        }
        if (!status.on()) {
            return "Off";
        }
        var schedule = status.schedule().get();
        String days = schedule.days().stream()
                .map(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
        if (schedule.days().size() == DayOfWeek.values().length) {
            days = "Every day";
        }
        List<String> how = new ArrayList<>();
        if (schedule.by(ReminderChannel.PUSH)) {
            how.add("notification on " + status.devices() + (status.devices() == 1 ? " device" : " devices"));
        }
        if (schedule.by(ReminderChannel.EMAIL)) {
            how.add("e-mail");
        }
        return "On · " + days + " at " + schedule.time() + " · " + String.join(", ", how)
                + (loginEnabled ? "" : " · paused while her login is disabled");
    }
}
