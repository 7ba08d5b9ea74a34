package app.floorplan.core.outcome;

import app.floorplan.core.record.DecimalPrecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One dated value of a measure.
 *
 * @param detail what else belongs to it, e.g. a questionnaire's subscales or "at the intake"; may be empty
 * @param source where it was recorded, shown when a series joins values from more than one place
 */
public record SeriesPoint(LocalDate date, BigDecimal value, String detail, PointSource source) {

    public SeriesPoint {
        Objects.requireNonNull(date, "date");
        value = DecimalPrecision.normalized(value);
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(source, "source");
    }

    /** A value recorded where the measure lives. */
    public SeriesPoint(LocalDate date, BigDecimal value, String detail) {
        this(date, value, detail, PointSource.RECORDED);
    }

    /** Its source and detail in words, e.g. "red-flag screen at the intake"; empty when there is neither. */
    public String sourceAndDetail() {
        return (source.label() + " " + detail).strip();
    }

    public static SeriesPoint of(LocalDate date, int value) {
        return new SeriesPoint(date, BigDecimal.valueOf(value), "");
    }
}
