package app.floorplan.core.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The patient's diary screen: the PT's current request, if any, and her lines of the days shown (the request's days,
 * else today and yesterday), newest first, with each day's totals.
 */
public record DiaryPage(
        LocalDate today, Optional<DiaryRequest> request, List<DiaryEntry> entries, List<DiaryDay> days) {

    public DiaryPage {
        entries = List.copyOf(entries);
        days = List.copyOf(days);
    }
}
