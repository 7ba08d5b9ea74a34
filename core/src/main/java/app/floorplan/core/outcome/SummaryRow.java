package app.floorplan.core.outcome;

import java.math.BigDecimal;

/** First versus latest value of one measure, and what the change means. */
public record SummaryRow(MeasureSeries series, SeriesPoint first, SeriesPoint latest, Verdict verdict) {

    /** Weighs the series' first against its latest value. */
    public static SummaryRow of(MeasureSeries series) {
        SeriesPoint first = series.first();
        SeriesPoint latest = series.latest();
        return new SummaryRow(series, first, latest, verdict(series, first, latest));
    }

    /** Latest minus first, in the measure's own units. */
    public BigDecimal difference() {
        return latest.value().subtract(first.value());
    }

    private static Verdict verdict(MeasureSeries series, SeriesPoint first, SeriesPoint latest) {
        if (series.points().size() < 2) {
            return Verdict.ONCE;
        }
        BigDecimal difference = latest.value().subtract(first.value());
        if (difference.signum() == 0) {
            return series.change().isPresent() ? Verdict.CHANGED_LESS : Verdict.UNCHANGED;
        }
        boolean better = (difference.signum() < 0) == series.higherIsWorse();
        if (series.change().isEmpty()) {
            return better ? Verdict.IMPROVED : Verdict.WORSE;
        }
        if (!series.change().get().reachedBy(difference)) {
            return Verdict.CHANGED_LESS;
        }
        return better ? Verdict.IMPROVED_BEYOND : Verdict.WORSE_BEYOND;
    }
}
