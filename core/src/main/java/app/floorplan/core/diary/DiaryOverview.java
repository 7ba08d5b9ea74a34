package app.floorplan.core.diary;

import java.util.List;

/** A patient's diary for the PT: the requests, every day's totals (newest first) and every line. */
public record DiaryOverview(List<DiaryRequest> requests, List<DiaryDay> days, List<DiaryEntry> entries) {

    public DiaryOverview {
        requests = List.copyOf(requests);
        days = List.copyOf(days);
        entries = List.copyOf(entries);
    }
}
