package app.floorplan.core.reminder;

import java.util.Objects;
import java.util.Optional;

/**
 * The patient's reminder page: her settings (empty until she saves some), on how many devices notifications are on,
 * and whether e-mail reminders can be offered (the clinic set up e-mail and has her address).
 */
public record MyReminders(
        Optional<PracticeReminder> reminder, int devices, Optional<String> email, boolean emailAvailable) {

    public MyReminders {
        Objects.requireNonNull(reminder, "reminder");
        Objects.requireNonNull(email, "email");
    }

    public boolean canEmail() {
        return emailAvailable && email.isPresent();
    }
}
