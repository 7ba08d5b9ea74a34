package app.floorplan.core.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One value recorded about the patient, as another system receives it (a FHIR Observation): what (the code), when,
 * the value, how it was measured and where it was recorded.
 *
 * @param key a stable key of this value within the patient's record (e.g. "assessment/{id}/oxford"), so the same
 *     value gets the same resource id in every export
 * @param method how it was measured, when that matters to read it (e.g. "Ultrasound" for an inter-rectus distance)
 * @param notes what was recorded later about this value, oldest first (e.g. the PT's referral after a positive red
 *     flag)
 */
public record ExportedMeasure(
        String key,
        Coding code,
        LocalDate date,
        MeasuredValue value,
        Optional<String> method,
        MeasureSource source,
        List<String> notes) {

    public ExportedMeasure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(source, "source");
        notes = List.copyOf(notes);
    }

    /** A value with nothing recorded about it later. */
    public ExportedMeasure(
            String key,
            Coding code,
            LocalDate date,
            MeasuredValue value,
            Optional<String> method,
            MeasureSource source) {
        this(key, code, date, value, method, source, List.of());
    }

    /** Where a measure was recorded: by the PT at intake or an assessment, or by the patient in her practice log. */
    public enum MeasureSource {
        INTAKE,
        ASSESSMENT,
        PRACTICE_LOG
    }
}
