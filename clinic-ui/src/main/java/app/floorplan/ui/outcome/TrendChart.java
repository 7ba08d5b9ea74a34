package app.floorplan.ui.outcome;

import app.floorplan.core.outcome.MeasureSeries;
import app.floorplan.core.outcome.PointSource;
import app.floorplan.core.outcome.SeriesPoint;
import app.floorplan.core.questionnaire.QuestionnaireScore;
import com.vaadin.flow.component.Svg;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One measure over time as a small SVG drawn on the server: its values as a line over their dates, the scale's ends,
 * and, where a change threshold is published, the band of that size around the first value, so a point outside the
 * band is a change that counts. A series joining values from the red-flag screen and questionnaires (the EPDS) marks
 * the screen's values with squares and says so in a legend. Built from numbers, dates and FloorPlan's own labels only; every text is escaped
 * anyway, and the same content in words sits next to the chart ({@link MeasureText}). Hand-written like the practice
 * charts: one line chart does not justify a drawing library.
 */
public final class TrendChart {

    /** The PT's width; a phone draws the same chart 360 wide, so its labels stay readable when scaled down. */
    static final int WIDE = 560;

    static final int NARROW = 360;
    static final int HEIGHT = 170;
    private static final int LEFT = 40;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 24;

    private TrendChart() {}

    /** The PT's chart. */
    public static Svg of(MeasureSeries series, String id) {
        return of(series, id, WIDE, MeasureText.summary(series));
    }

    /** The patient's chart on her phone, labelled with the plain-words summary. */
    public static Svg forPhone(MeasureSeries series, String id) {
        return of(series, id, NARROW, MeasureText.forPatient(series));
    }

    private static Svg of(MeasureSeries series, String id, int width, String summary) {
        Svg svg = new Svg(markup(series, summary, width));
        svg.setId(id);
        svg.addClassName("fp-chart");
        return svg;
    }

    static String markup(MeasureSeries series, String summary, int width) {
        BigDecimal min = series.min();
        BigDecimal max = series.points().stream().map(SeriesPoint::value).reduce(series.max(), BigDecimal::max);
        LocalDate from = series.first().date();
        LocalDate to = series.latest().date();
        var svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"100%\" role=\"img\" aria-label=\"")
                .append(escape(summary))
                .append("\">");
        series.change().ifPresent(change -> {
            double first = series.first().value().doubleValue();
            double low = Math.max(min.doubleValue(), first - change.points().doubleValue());
            double high = Math.min(max.doubleValue(), first + change.points().doubleValue());
            double yHigh = y(high, min, max);
            svg.append(format(
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#2f6fb3\" fill-opacity=\"0.12\"/>",
                    LEFT, yHigh, width - LEFT - RIGHT, y(low, min, max) - yHigh));
        });
        svg.append(format(
                "<path stroke=\"#ccc\" d=\"M%d %.1fH%dM%d %.1fH%d\"/>",
                LEFT,
                y(min.doubleValue(), min, max),
                width - RIGHT,
                LEFT,
                y(max.doubleValue(), min, max),
                width - RIGHT));
        svg.append("<g font-size=\"11\" fill=\"#555\"><g text-anchor=\"end\">");
        text(svg, LEFT - 4, y(max.doubleValue(), min, max) + 4, QuestionnaireScore.shown(max));
        text(svg, LEFT - 4, y(min.doubleValue(), min, max) + 4, QuestionnaireScore.shown(min));
        text(svg, width - RIGHT, HEIGHT - 6, MeasureText.day(to));
        svg.append("</g>");
        if (!from.equals(to)) {
            text(svg, LEFT, HEIGHT - 6, MeasureText.day(from));
        }
        svg.append("</g><g fill=\"#2f6fb3\">");
        var line = new StringBuilder();
        for (SeriesPoint point : series.points()) {
            double x = x(point.date(), from, to, width);
            double y = y(point.value().doubleValue(), min, max);
            line.append(format("%.1f,%.1f ", x, y));
            svg.append(
                    point.source() == PointSource.RED_FLAG_SCREEN
                            ? format("<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\"/>", x - 4, y - 4)
                            : format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>", x, y));
        }
        svg.append("</g>");
        if (series.namesSources()) {
            legend(svg, width);
        }
        if (series.points().size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"#2f6fb3\" stroke-width=\"2\" points=\"")
                    .append(line.toString().strip())
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** Which marker is which source, top right: a square for the red-flag screen, a dot for a questionnaire. */
    private static void legend(StringBuilder svg, int width) {
        double right = width - RIGHT;
        svg.append("<g fill=\"#2f6fb3\" font-size=\"10\" text-anchor=\"end\">")
                .append(format("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"/>", right - 4, TOP + 2.0))
                .append(format("<text x=\"%.1f\" y=\"%.1f\" fill=\"#333\">", right - 12, TOP + 5.0))
                .append(escape(PointSource.QUESTIONNAIRE.label()))
                .append("</text>")
                .append(format("<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\"/>", right - 8, TOP + 10.0))
                .append(format("<text x=\"%.1f\" y=\"%.1f\" fill=\"#333\">", right - 12, TOP + 18.0))
                .append(escape(PointSource.RED_FLAG_SCREEN.label()))
                .append("</text></g>");
    }

    private static double x(LocalDate date, LocalDate from, LocalDate to, int width) {
        long span = to.toEpochDay() - from.toEpochDay();
        if (span == 0) {
            return LEFT + (width - LEFT - RIGHT) / 2.0;
        }
        return LEFT + 8 + (date.toEpochDay() - from.toEpochDay()) * (width - LEFT - RIGHT - 16.0) / span;
    }

    private static double y(double value, BigDecimal min, BigDecimal max) {
        double range = Math.max(1e-9, max.doubleValue() - min.doubleValue());
        return TOP + (max.doubleValue() - value) * (HEIGHT - TOP - BOTTOM) / range;
    }

    private static void text(StringBuilder svg, double x, double y, String text) {
        svg.append(format("<text x=\"%.1f\" y=\"%.1f\">", x, y))
                .append(escape(text))
                .append("</text>");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
