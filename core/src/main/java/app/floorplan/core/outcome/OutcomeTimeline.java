package app.floorplan.core.outcome;

import java.time.LocalDate;
import java.util.List;

/** Every measure of a patient over time, grouped as {@link MeasureGroup} orders them; a series has at least one point. */
public record OutcomeTimeline(LocalDate today, List<MeasureSeries> series) {

    public OutcomeTimeline {
        series = List.copyOf(series);
    }

    public List<MeasureSeries> in(MeasureGroup group) {
        return series.stream().filter(measure -> measure.group() == group).toList();
    }

    public boolean empty() {
        return series.isEmpty();
    }
}
