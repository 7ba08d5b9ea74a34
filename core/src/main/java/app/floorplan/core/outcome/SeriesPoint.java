package app.floorplan.core.outcome;

import app.floorplan.core.record.DecimalPrecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a measure.
 *
 * @param detail what else belongs to it, e.g. a questionnaire's subscales; may be empty
 */
public record SeriesPoint(LocalDate date, BigDecimal value, String detail) {

    public SeriesPoint {
        Objects.requireNonNull(date, "date");
        value = DecimalPrecision.normalized(value);
        Objects.requireNonNull(detail, "detail");
    }

    public static SeriesPoint of(LocalDate date, int value) {
        return new SeriesPoint(date, BigDecimal.valueOf(value), "");
    }
}
