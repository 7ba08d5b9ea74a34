package app.floorplan.core.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the log form needs: the clinic's today, the exercises of the current plan in order, and today's entry when the
 * patient already saved one (the form then reopens with it, for a correction).
 */
public record TodaysPractice(LocalDate date, List<PlannedExercise> exercises, Optional<PracticeDay> entry) {

    public TodaysPractice {
        exercises = List.copyOf(exercises);
    }

    /** A program always has at least one exercise, so no exercises means no plan yet. */
    public boolean hasPlan() {
        return !exercises.isEmpty();
    }
}
