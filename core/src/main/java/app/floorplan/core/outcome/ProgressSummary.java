package app.floorplan.core.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The discharge or progress summary: for every measure, its first and latest value and what the change means.
 *
 * @param therapist the PT who prints it
 * @param since the first day any measure was taken
 */
public record ProgressSummary(
        String patientName,
        LocalDate dateOfBirth,
        String therapist,
        LocalDate today,
        Optional<LocalDate> since,
        List<SummaryRow> rows) {

    public ProgressSummary {
        rows = List.copyOf(rows);
    }
}
