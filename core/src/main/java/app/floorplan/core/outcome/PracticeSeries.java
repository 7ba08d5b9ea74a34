package app.floorplan.core.outcome;

import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.progress.AdherenceWeek;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The home practice log as series: the pain she logs and her adherence per full week. */
final class PracticeSeries {

    private PracticeSeries() {}

    static Optional<MeasureSeries> pain(List<PracticeDay> days) {
        List<SeriesPoint> points = days.stream()
                .filter(day -> day.pain().isPresent())
                .map(day -> SeriesPoint.of(day.date(), day.pain().getAsInt()))
                .toList();
        return points.isEmpty()
                ? Optional.empty()
                : Optional.of(AssessmentSeries.painSeries("Pain logged at home (NRS)", points, true));
    }

    /** Full weeks only: a week still running would read as low adherence. */
    static Optional<MeasureSeries> adherence(List<AdherenceWeek> weeks) {
        List<SeriesPoint> points = weeks.stream()
                .filter(AdherenceWeek::full)
                .map(week -> new SeriesPoint(
                        week.sunday(),
                        BigDecimal.valueOf(week.percent()),
                        week.practised() + " of " + week.prescribed() + " sessions"))
                .toList();
        if (points.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeasureSeries(
                "Adherence per full week",
                MeasureGroup.PRACTICE,
                "%",
                BigDecimal.ZERO,
                BigDecimal.valueOf(100),
                false,
                Optional.empty(),
                "sessions practised of those prescribed, higher is better; target " + AdherenceWeek.TARGET_PERCENT
                        + " % (clinic rule)",
                true,
                points));
    }
}
