package app.floorplan.core.practice;

import app.floorplan.core.identity.ClinicId;
import app.floorplan.core.identity.PatientId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: where the patients' practice days are kept, one per patient and day (a unique key guarantees it, also under
 * concurrent identical submissions).
 */
public interface PracticeLogRepository {

    /**
     * Stores the day's entry, or replaces the stored one of the same patient and day (revision one higher than the
     * stored one; the given revision is ignored). Safe to call again with the same entry: still one entry per day.
     *
     * @return the entry as stored, with its revision
     */
    PracticeDay save(PracticeDay day);

    Optional<PracticeDay> find(PatientId patient, LocalDate date);

    /** The patient's days from {@code from} to {@code to} (both inclusive), oldest first. */
    List<PracticeDay> between(PatientId patient, LocalDate from, LocalDate to);

    /**
     * The days of several patients from {@code from} to {@code to} (inclusive), oldest first per patient, in a bounded
     * number of statements; patients without days are absent from the map.
     */
    Map<PatientId, List<PracticeDay>> between(Collection<PatientId> patients, LocalDate from, LocalDate to);

    /** The latest logged day of each patient of the clinic who ever logged. */
    Map<PatientId, LocalDate> lastLoggedDays(ClinicId clinic);
}
