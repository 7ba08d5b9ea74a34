package app.floorplan.ui.outcome;

import app.floorplan.core.outcome.MeasureSeries;
import app.floorplan.core.outcome.SeriesPoint;
import app.floorplan.core.outcome.SummaryRow;
import app.floorplan.core.outcome.Verdict;
import app.floorplan.core.questionnaire.QuestionnaireScore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** A measure in words: what the chart shows, for screen readers and for the printed summary. */
public final class MeasureText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private MeasureText() {}

    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** E.g. "PFDI-20, lower is better: 3 Sep 2026 225, 20 Nov 2026 75. From 225 to 75 (-150): improved beyond ...". */
    public static String summary(MeasureSeries series) {
        String values = series.points().stream()
                .map(point -> day(point.date()) + " " + series.withUnit(point.value()) + source(series, point))
                .collect(Collectors.joining(", "));
        return series.name() + ", " + series.direction() + ": " + values + ". " + change(SummaryRow.of(series));
    }

    /**
     * The same for the patient, in plain words and without sources: e.g. "Lower is better. From 103.1 points on 10 Oct
     * 2026 to 43.8 points on 7 Nov 2026 (2 scores): better, by more than the change that counts."
     */
    public static String forPatient(MeasureSeries series) {
        SummaryRow row = SummaryRow.of(series);
        String direction = series.higherIsWorse() ? "Lower is better. " : "Higher is better. ";
        if (row.verdict() == Verdict.ONCE) {
            return direction + "Your first score: "
                    + series.withUnit(row.first().value()) + " on "
                    + day(row.first().date()) + ".";
        }
        String meaning =
                switch (row.verdict()) {
                    case IMPROVED_BEYOND -> "better, by more than the change that counts";
                    case CHANGED_LESS -> "a smaller change than the one that counts";
                    case WORSE_BEYOND ->
                        "worse, by more than the change that counts: talk it through with your" + " physiotherapist";
                    case IMPROVED -> "better";
                    case WORSE -> "worse";
                    case UNCHANGED, ONCE -> "the same";
                };
        return direction + "From " + series.withUnit(row.first().value()) + " on "
                + day(row.first().date()) + " to "
                + series.withUnit(row.latest().value()) + " on "
                + day(row.latest().date()) + " ("
                + series.points().size() + " values): " + meaning + ".";
    }

    /** The first-versus-latest sentence, e.g. "From 225 to 75 points (-150): improved beyond the change that counts". */
    public static String change(SummaryRow row) {
        if (row.verdict() == Verdict.ONCE) {
            return "Measured once so far.";
        }
        MeasureSeries series = row.series();
        String threshold =
                series.change().map(change -> " (" + change.label() + ")").orElse("");
        return "From " + series.withUnit(row.first().value()) + " to "
                + series.withUnit(row.latest().value()) + " ("
                + signed(row.difference()) + "): " + row.verdict().label().toLowerCase(Locale.ENGLISH) + threshold
                + ".";
    }

    public static String signed(BigDecimal difference) {
        String shown = QuestionnaireScore.shown(difference);
        return difference.signum() > 0 ? "+" + shown : shown;
    }

    public static String point(MeasureSeries series, SeriesPoint point) {
        String about = series.namesSources() ? point.sourceAndDetail() : point.detail();
        return series.withUnit(point.value()) + (about.isEmpty() ? "" : " (" + about + ")");
    }

    /** " (red-flag screen at the intake)" when the series names its values' sources; empty otherwise. */
    public static String source(MeasureSeries series, SeriesPoint point) {
        return series.namesSources() ? " (" + point.sourceAndDetail() + ")" : "";
    }
}
