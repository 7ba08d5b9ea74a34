package app.floorplan.core.practice;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A fake that keeps the repository contract: one entry per patient and day; saving the same content again keeps the
 * stored entry and its revision, a changed entry replaces it with the next revision.
 */
public final class InMemoryPracticeLog implements PracticeLogRepository {

    private final Map<PatientId, TreeMap<LocalDate, PracticeDay>> days = new ConcurrentHashMap<>();
    private final Map<PatientId, ClinicId> clinics = new ConcurrentHashMap<>();

    /** Tells the fake the patient's clinic, which the adapter reads from the patient row. */
    public void patientOf(ClinicId clinic, PatientId patient) {
        clinics.put(patient, clinic);
    }

    @Override
    public PracticeDay save(PracticeDay day) {
        var byDate = days.computeIfAbsent(day.patient(), key -> new TreeMap<>());
        PracticeDay stored = byDate.get(day.date());
        if (stored != null && sameContent(stored, day)) {
            return stored;
        }
        PracticeDay saved = new PracticeDay(
                day.patient(),
                day.date(),
                day.program(),
                day.programVersion(),
                day.session(),
                day.pain(),
                day.effort(),
                day.symptoms(),
                day.exercises(),
                day.recordedAt(),
                stored == null ? 1 : stored.revision() + 1);
        byDate.put(day.date(), saved);
        return saved;
    }

    @Override
    public Optional<PracticeDay> find(PatientId patient, LocalDate date) {
        return Optional.ofNullable(days.getOrDefault(patient, new TreeMap<>()).get(date));
    }

    @Override
    public List<PracticeDay> between(PatientId patient, LocalDate from, LocalDate to) {
        return List.copyOf(days.getOrDefault(patient, new TreeMap<>())
                .subMap(from, true, to, true)
                .values());
    }

    @Override
    public Map<PatientId, List<PracticeDay>> between(Collection<PatientId> patients, LocalDate from, LocalDate to) {
        return patients.stream()
                .filter(days::containsKey)
                .collect(Collectors.toMap(patient -> patient, patient -> between(patient, from, to)));
    }

    @Override
    public Map<PatientId, LocalDate> lastLoggedDays(ClinicId clinic) {
        return days.entrySet().stream()
                .filter(entry -> clinic.equals(clinics.get(entry.getKey()))
                        && !entry.getValue().isEmpty())
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().lastKey()));
    }

    public int count(PatientId patient) {
        return days.getOrDefault(patient, new TreeMap<>()).size();
    }

    private static boolean sameContent(PracticeDay a, PracticeDay b) {
        return a.program().equals(b.program())
                && a.programVersion() == b.programVersion()
                && a.session() == b.session()
                && a.pain().equals(b.pain())
                && a.effort().equals(b.effort())
                && a.symptoms().equals(b.symptoms())
                && a.exercises().equals(b.exercises());
    }
}
