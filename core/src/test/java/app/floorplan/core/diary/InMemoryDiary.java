package app.floorplan.core.diary;

import app.floorplan.core.identity.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A fake of the diary port keeping its contract: one line per id, struck out rather than deleted. */
public final class InMemoryDiary implements DiaryRepository {

    private final Map<DiaryRequestId, DiaryRequest> requests = new LinkedHashMap<>();
    private final Map<DiaryEntryId, DiaryEntry> entries = new LinkedHashMap<>();

    @Override
    public void addRequest(DiaryRequest request) {
        requests.put(request.id(), request);
    }

    @Override
    public List<DiaryRequest> requests(PatientId patient) {
        return requests.values().stream()
                .filter(request -> request.patient().equals(patient))
                .sorted(Comparator.comparing(DiaryRequest::requestedAt).reversed())
                .toList();
    }

    @Override
    public boolean add(DiaryEntry entry) {
        return entries.putIfAbsent(entry.id(), entry) == null;
    }

    @Override
    public Optional<DiaryEntry> find(DiaryEntryId id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public boolean strikeOut(DiaryEntryId id, Instant at) {
        DiaryEntry entry = entries.get(id);
        if (entry == null || entry.struckOut()) {
            return false;
        }
        entries.put(
                id,
                switch (entry) {
                    case BladderEntry b ->
                        new BladderEntry(
                                b.id(),
                                b.patient(),
                                b.date(),
                                b.time(),
                                b.drinkMl(),
                                b.urination(),
                                b.leak(),
                                b.padChanged(),
                                b.recordedAt(),
                                Optional.of(at));
                    case BowelEntry b ->
                        new BowelEntry(
                                b.id(),
                                b.patient(),
                                b.date(),
                                b.time(),
                                b.stool(),
                                b.straining(),
                                b.recordedAt(),
                                Optional.of(at));
                });
        return true;
    }

    @Override
    public List<DiaryEntry> entries(PatientId patient, LocalDate from, LocalDate to) {
        return entries.values().stream()
                .filter(entry -> entry.patient().equals(patient))
                .filter(entry -> !entry.date().isBefore(from) && !entry.date().isAfter(to))
                .sorted(Comparator.comparing(DiaryEntry::date).thenComparing(DiaryEntry::time))
                .toList();
    }
}
