package app.floorplan.core.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What the phone reports of a guided session, so far or at its end.
 *
 * @param date the day the session was started for; only today's can be logged
 * @param exercises the exercises she reached, in any order, each at most once
 * @param pain NRS 0-10 asked once at the end; empty while the session runs or when she did not answer
 * @param effort Borg CR10 0-10 asked once at the end; empty likewise
 */
public record SessionResult(LocalDate date, List<ExerciseResult> exercises, OptionalInt pain, OptionalInt effort) {

    public SessionResult {
        Objects.requireNonNull(date, "date");
        exercises = List.copyOf(exercises);
        Objects.requireNonNull(pain, "pain");
        Objects.requireNonNull(effort, "effort");
    }
}
