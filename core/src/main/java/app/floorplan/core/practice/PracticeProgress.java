package app.floorplan.core.practice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The patient's own view of her practice over the last {@value #DAYS} days: one mark per day (oldest first, today
 * last) and her current streak.
 *
 * <p>The streak counts consecutive days practised (done or partly done) up to today. Today counts once she logged it;
 * until then the streak runs up to yesterday, because the day is not over. A day she skipped, or did not log, ends it.
 * Only the window is looked at, so a streak of {@value #DAYS} means "{@value #DAYS} days or more".
 */
public record PracticeProgress(LocalDate today, List<DayMark> days, int streak) {

    public static final int DAYS = 28;
    private static final int WEEK = 7;

    public PracticeProgress {
        days = List.copyOf(days);
    }

    /** The first day of the window that ends today. */
    public static LocalDate firstDay(LocalDate today) {
        return today.minusDays(DAYS - 1L);
    }

    /** The progress from the patient's logged days; days outside the window are ignored. */
    public static PracticeProgress of(LocalDate today, List<PracticeDay> logged) {
        Map<LocalDate, PracticeDay> byDate =
                logged.stream().collect(Collectors.toMap(PracticeDay::date, Function.identity(), (a, b) -> b));
        List<DayMark> marks = new ArrayList<>(DAYS);
        for (LocalDate date = firstDay(today); !date.isAfter(today); date = date.plusDays(1)) {
            PracticeDay day = byDate.get(date);
            marks.add(day == null ? DayMark.empty(date) : DayMark.of(day));
        }
        return new PracticeProgress(today, marks, streak(marks));
    }

    private static int streak(List<DayMark> marks) {
        int index = marks.size() - 1;
        if (marks.get(index).session().isEmpty()) {
            index--;
        }
        int streak = 0;
        while (index >= 0 && marks.get(index).practised()) {
            streak++;
            index--;
        }
        return streak;
    }

    /** Today's mark: whether (and how) she logged today. */
    public DayMark todayMark() {
        return days.getLast();
    }

    /** Days practised in the last 7 days, today included. */
    public int practisedThisWeek() {
        return (int) days.subList(DAYS - WEEK, DAYS).stream()
                .filter(DayMark::practised)
                .count();
    }

    /** The first pain rating in the window. */
    public OptionalInt firstPain() {
        return days.stream()
                .filter(day -> day.pain().isPresent())
                .mapToInt(day -> day.pain().getAsInt())
                .findFirst();
    }

    /** The latest pain rating in the window. */
    public OptionalInt lastPain() {
        return days.reversed().stream()
                .filter(day -> day.pain().isPresent())
                .mapToInt(day -> day.pain().getAsInt())
                .findFirst();
    }

    public int daysWithSymptoms() {
        return (int) days.stream().filter(DayMark::symptoms).count();
    }

    /** The chart in words, for screen readers and anyone who prefers text. */
    public String summary() {
        var text = new StringBuilder()
                .append("Practised on ")
                .append(practisedThisWeek())
                .append(" of the last 7 days.");
        OptionalInt first = firstPain();
        OptionalInt last = lastPain();
        if (first.isEmpty()) {
            text.append(" No pain ratings in the last 4 weeks.");
        } else if (first.getAsInt() == last.getAsInt()) {
            text.append(" Pain stayed at ").append(first.getAsInt()).append(" over the last 4 weeks.");
        } else {
            text.append(" Pain went from ")
                    .append(first.getAsInt())
                    .append(" to ")
                    .append(last.getAsInt())
                    .append(" over the last 4 weeks.");
        }
        int symptomDays = daysWithSymptoms();
        if (symptomDays > 0) {
            text.append(" You noted symptoms on ").append(symptomDays).append(symptomDays == 1 ? " day." : " days.");
        }
        return text.toString();
    }
}
