package app.floorplan.core.session;

import app.floorplan.core.program.HomeProgramId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Today's guided session: the exercises of her current plan in plan order, each with its steps.
 *
 * @param date the clinic's today, the day the result is logged for
 * @param programVersion the version of the plan the steps were made from
 */
public record SessionPlan(LocalDate date, HomeProgramId program, int programVersion, List<GuidedExercise> exercises) {

    public SessionPlan {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(program, "program");
        exercises = List.copyOf(exercises);
    }
}
