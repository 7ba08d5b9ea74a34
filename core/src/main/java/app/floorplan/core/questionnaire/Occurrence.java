package app.floorplan.core.questionnaire;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One time an assigned questionnaire falls due: the assignment and the day. At most one response answers it. */
public record Occurrence(AssignmentId assignment, LocalDate dueOn) {

    public Occurrence {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /**
     * The id of the one response (and its draft before it) that answers this due day, derived from the assignment's
     * random id and the day: two devices starting it at once, or the PT entering the paper copy meanwhile, all name the
     * same response, so the database's key keeps it one.
     */
    public ResponseId responseId() {
        return new ResponseId(UUID.nameUUIDFromBytes((assignment + "/" + dueOn).getBytes(StandardCharsets.UTF_8)));
    }
}
