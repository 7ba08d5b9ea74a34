package app.floorplan.core.reminder;

import app.floorplan.core.identity.PatientId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reminders in memory. {@link #due} applies the schedule and the day's claims; which logins are enabled and who has a
 * plan is the database's part (JdbcReminderRepositoryTest), so here every patient counts as reachable unless listed
 * in {@link #unreachable}.
 */
final class InMemoryReminders implements ReminderRepository {

    final Map<PatientId, PracticeReminder> settings = new HashMap<>();
    final Map<String, PatientId> deviceOwners = new LinkedHashMap<>();
    final Map<String, PushDevice> devices = new LinkedHashMap<>();
    final Map<PatientId, String> emails = new HashMap<>();
    final Set<PatientId> unreachable = new HashSet<>();
    final Set<String> claims = new HashSet<>();

    @Override
    public Optional<PracticeReminder> find(PatientId patient) {
        return Optional.ofNullable(settings.get(patient));
    }

    @Override
    public boolean save(PracticeReminder reminder, Instant changedAt) {
        int stored = find(reminder.patient()).map(PracticeReminder::version).orElse(0);
        if (stored != reminder.version()) {
            return false;
        }
        settings.put(
                reminder.patient(),
                new PracticeReminder(reminder.patient(), reminder.on(), reminder.schedule(), stored + 1));
        return true;
    }

    @Override
    public List<PushDevice> devices(PatientId patient) {
        return deviceOwners.entrySet().stream()
                .filter(entry -> entry.getValue().equals(patient))
                .map(entry -> devices.get(entry.getKey()))
                .toList();
    }

    @Override
    public void addDevice(PatientId patient, PushDevice device) {
        deviceOwners.put(device.endpoint(), patient);
        devices.put(device.endpoint(), device);
    }

    @Override
    public boolean removeDevice(PatientId patient, String endpoint) {
        if (!patient.equals(deviceOwners.get(endpoint))) {
            return false;
        }
        deviceOwners.remove(endpoint);
        devices.remove(endpoint);
        return true;
    }

    @Override
    public void forgetDevice(String endpoint) {
        deviceOwners.remove(endpoint);
        devices.remove(endpoint);
    }

    @Override
    public List<DueReminder> due(LocalDate date, DayOfWeek day, LocalTime from, LocalTime to) {
        List<DueReminder> due = new ArrayList<>();
        settings.values().forEach(reminder -> {
            LocalTime at = reminder.schedule().time();
            if (reminder.on()
                    && reminder.schedule().on(day)
                    && !at.isBefore(from)
                    && !at.isAfter(to)
                    && !claims.contains(reminder.patient() + "@" + date)
                    && !unreachable.contains(reminder.patient())) {
                due.add(new DueReminder(
                        reminder.patient(),
                        reminder.schedule(),
                        Optional.ofNullable(emails.get(reminder.patient())),
                        devices(reminder.patient())));
            }
        });
        return due;
    }

    @Override
    public boolean claim(PatientId patient, LocalDate date, Instant at) {
        return claims.add(patient + "@" + date);
    }
}
