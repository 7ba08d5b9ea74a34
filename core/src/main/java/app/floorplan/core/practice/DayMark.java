package app.floorplan.core.practice;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One day of the patient's progress chart.
 *
 * @param session how the session went; empty when nothing was logged that day
 * @param pain the pain she rated that day, if any
 * @param symptoms whether she flagged any symptom that day
 */
public record DayMark(LocalDate date, Optional<Completion> session, OptionalInt pain, boolean symptoms) {

    static DayMark of(PracticeDay day) {
        return new DayMark(
                day.date(),
                Optional.of(day.session()),
                day.pain(),
                !day.allSymptoms().isEmpty());
    }

    static DayMark empty(LocalDate date) {
        return new DayMark(date, Optional.empty(), OptionalInt.empty(), false);
    }

    public boolean practised() {
        return session.filter(Completion::practised).isPresent();
    }
}
