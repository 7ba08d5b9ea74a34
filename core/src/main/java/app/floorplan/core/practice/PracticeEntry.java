package app.floorplan.core.practice;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The log form as the patient filled it in, not yet checked: {@link PracticeLogging#log} checks it all at once and
 * reports every problem by field (keys in {@link PracticeFields}).
 *
 * @param date the day the form was opened for; only today's entry can be saved
 * @param session how the whole session went; may stay empty when at least one exercise is logged
 * @param exercises one entry per exercise of the plan, in plan order; blank ones are ignored
 */
public record PracticeEntry(
        LocalDate date,
        Optional<Completion> session,
        OptionalInt pain,
        OptionalInt effort,
        Set<SymptomFlag> symptoms,
        String otherSymptom,
        List<ExerciseEntry> exercises) {

    public PracticeEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(pain, "pain");
        Objects.requireNonNull(effort, "effort");
        symptoms = Set.copyOf(symptoms);
        Objects.requireNonNull(otherSymptom, "otherSymptom");
        exercises = List.copyOf(exercises);
    }
}
