package app.floorplan.core.diary;

import app.floorplan.core.identity.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: where diary requests and entries are kept. Entries are struck out, never deleted. */
public interface DiaryRepository {

    void addRequest(DiaryRequest request);

    /** The patient's requests, newest first. */
    List<DiaryRequest> requests(PatientId patient);

    /**
     * Stores the entry unless one with its id exists (a double tap, a retry): still one entry.
     *
     * @return false when its id was stored before (nothing written)
     */
    boolean add(DiaryEntry entry);

    Optional<DiaryEntry> find(DiaryEntryId id);

    /** @return false when it was struck out before (nothing written) */
    boolean strikeOut(DiaryEntryId id, Instant at);

    /** The patient's entries dated from {@code from} to {@code to} (inclusive), struck-out ones too, in time order. */
    List<DiaryEntry> entries(PatientId patient, LocalDate from, LocalDate to);
}
