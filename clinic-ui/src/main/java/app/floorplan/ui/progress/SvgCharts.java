package app.floorplan.ui.progress;

import app.floorplan.core.progress.AdherenceWeek;
import app.floorplan.core.progress.AlertRules;
import app.floorplan.core.progress.PainBaseline;
import app.floorplan.core.progress.PainPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Small server-rendered SVG charts built from numbers and dates only, never from text a person typed; every text is
 * escaped all the same. Hand-written: two simple charts do not justify a drawing library and its Java2D pipeline.
 */
final class SvgCharts {

    static final int WIDTH = 560;
    static final int HEIGHT = 180;
    private static final int LEFT = 36;
    private static final int RIGHT = 12;
    private static final int TOP = 16;
    private static final int BOTTOM = 28;

    private SvgCharts() {}

    /** Bars of adherence per week with the 70 % target line; weeks still running are lighter. */
    static String adherence(List<AdherenceWeek> weeks, String summary) {
        var svg = open(summary);
        axis(svg, "100 %", "0 %");
        double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, weeks.size());
        for (int i = 0; i < weeks.size(); i++) {
            var week = weeks.get(i);
            double height = week.percent() * plotHeight() / 100.0;
            double x = LEFT + i * slot + slot * 0.15;
            double y = TOP + plotHeight() - height;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x,
                    y,
                    slot * 0.7,
                    height,
                    week.full() ? "#2f6fb3" : "#9dbfe3"));
            text(svg, x + slot * 0.35, y - 3, week.percent() + " %", "middle");
            text(svg, x + slot * 0.35, HEIGHT - 8, AlertRules.day(week.monday()), "middle");
        }
        double target = TOP + plotHeight() - AdherenceWeek.TARGET_PERCENT * plotHeight() / 100.0;
        dashed(svg, target, "#b35a00");
        text(svg, WIDTH - RIGHT, target - 3, AdherenceWeek.TARGET_PERCENT + " % target", "end");
        return close(svg);
    }

    /** Pain 0-10 per logged day from {@code from} to {@code to}, with her baseline and the high-pain line. */
    static String pain(
            List<PainPoint> points, Optional<PainBaseline> baseline, LocalDate from, LocalDate to, String summary) {
        var svg = open(summary);
        axis(svg, "10", "0");
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        var line = new StringBuilder();
        for (var point : points) {
            double x = LEFT + (point.day().toEpochDay() - from.toEpochDay()) * plotWidth() / span;
            double y = painY(point.pain());
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#2f6fb3\"/>", x, y));
        }
        if (!line.isEmpty()) {
            svg.append("<polyline fill=\"none\" stroke=\"#2f6fb3\" stroke-width=\"2\" points=\"")
                    .append(line.toString().strip())
                    .append("\"/>");
        }
        dashed(svg, painY(AlertRules.HIGH_PAIN), "#c0392b");
        text(svg, WIDTH - RIGHT, painY(AlertRules.HIGH_PAIN) - 3, "high pain " + AlertRules.HIGH_PAIN, "end");
        baseline.ifPresent(base -> {
            dashed(svg, painY(base.value()), "#2e7d32");
            text(svg, LEFT + 4, painY(base.value()) - 3, "baseline " + base.value(), "start");
        });
        text(svg, LEFT, HEIGHT - 8, AlertRules.day(from), "start");
        text(svg, WIDTH - RIGHT, HEIGHT - 8, AlertRules.day(to), "end");
        return close(svg);
    }

    private static double painY(int pain) {
        return TOP + plotHeight() - pain * plotHeight() / 10.0;
    }

    private static double plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static double plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    private static StringBuilder open(String summary) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + WIDTH + " "
                        + HEIGHT + "\" width=\"100%\" style=\"max-width:" + WIDTH + "px\" aria-label=\"")
                .append(escape(summary))
                .append("\"><title>")
                .append(escape(summary))
                .append("</title>");
    }

    private static void axis(StringBuilder svg, String topLabel, String bottomLabel) {
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\"/>",
                LEFT,
                TOP,
                LEFT,
                TOP + plotHeight()));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#888\"/>",
                LEFT,
                TOP + plotHeight(),
                WIDTH - RIGHT,
                TOP + plotHeight()));
        text(svg, LEFT - 4, TOP + 4, topLabel, "end");
        text(svg, LEFT - 4, TOP + plotHeight(), bottomLabel, "end");
    }

    private static void dashed(StringBuilder svg, double y, String colour) {
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>",
                LEFT,
                y,
                WIDTH - RIGHT,
                y,
                colour));
    }

    private static void text(StringBuilder svg, double x, double y, String text, String anchor) {
        svg.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"%s\" fill=\"#333\">",
                        x,
                        y,
                        anchor))
                .append(escape(text))
                .append("</text>");
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
