package app.floorplan.core.outcome;

import app.floorplan.core.questionnaire.MeaningfulChange;
import app.floorplan.core.questionnaire.QuestionnaireScore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measure of one patient over time, oldest first, with what a chart and a summary need to read it.
 *
 * @param name e.g. "PFDI-20" or "Inter-rectus distance at the umbilicus, at rest, caliper"
 * @param unit e.g. "points", "mm", "%"; empty for grades and counts
 * @param min the scale's lowest value
 * @param max the scale's highest value
 * @param change the published change that counts, with its source; empty when none is published
 * @param note how to read it, e.g. why no change threshold is shown
 * @param headline true for a series charted on its own; false for one shown in its parent's table (a subscale)
 */
public record MeasureSeries(
        String name,
        MeasureGroup group,
        String unit,
        BigDecimal min,
        BigDecimal max,
        boolean higherIsWorse,
        Optional<MeaningfulChange> change,
        String note,
        boolean headline,
        List<SeriesPoint> points) {

    public MeasureSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(change, "change");
        points = List.copyOf(points);
    }

    public SeriesPoint first() {
        return points.getFirst();
    }

    public SeriesPoint latest() {
        return points.getLast();
    }

    /**
     * Whether each value names its source: when they come from more than one place, or any from the red-flag screen
     * (which a reader would otherwise take for a questionnaire).
     */
    public boolean namesSources() {
        return points.stream().map(SeriesPoint::source).distinct().count() > 1
                || points.stream().anyMatch(point -> point.source() == PointSource.RED_FLAG_SCREEN);
    }

    /** "lower is better" or "higher is better". */
    public String direction() {
        return higherIsWorse ? "lower is better" : "higher is better";
    }

    /** The value with its unit, e.g. "28 mm", "112.5 points". */
    public String withUnit(BigDecimal value) {
        String shown = QuestionnaireScore.shown(value);
        return unit.isEmpty() ? shown : shown + " " + unit;
    }
}
