package app.floorplan.core.progress;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.suggestion.PhaseCeiling;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the progression suggestion reads about one patient's program.
 *
 * @param content the current version's content
 * @param timeline when the current version and its phase began
 * @param weeks adherence per ISO week since the program started, oldest first
 * @param days her logged days since the program started, oldest first
 * @param ceiling the highest phase her assessments allow, as for program suggestions
 * @param latestDomingTest the day of the newest assessment that tested doming, if any
 * @param exercises the clinic's exercises by id (empty for an unknown one), for names and variants
 * @param holdsBack why an exercise may not be proposed for her now (the gate's refusals and the cautions her record
 *     shows); empty when it may
 */
public record ProgressionInput(
        ProgramContent content,
        ProgramTimeline timeline,
        List<AdherenceWeek> weeks,
        List<PracticeDay> days,
        Optional<PainBaseline> baseline,
        LocalDate today,
        PhaseCeiling ceiling,
        Optional<LocalDate> latestDomingTest,
        Function<ExerciseId, Optional<Exercise>> exercises,
        Function<Exercise, List<String>> holdsBack) {

    public ProgressionInput {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(timeline, "timeline");
        weeks = List.copyOf(weeks);
        days = List.copyOf(days);
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(latestDomingTest, "latestDomingTest");
        Objects.requireNonNull(exercises, "exercises");
        Objects.requireNonNull(holdsBack, "holdsBack");
    }
}
