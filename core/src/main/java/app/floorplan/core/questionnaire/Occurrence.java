package app.floorplan.core.questionnaire;

import java.time.LocalDate;
import java.util.Objects;

/** One time an assigned questionnaire falls due: the assignment and the day. At most one response answers it. */
public record Occurrence(AssignmentId assignment, LocalDate dueOn) {

    public Occurrence {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
