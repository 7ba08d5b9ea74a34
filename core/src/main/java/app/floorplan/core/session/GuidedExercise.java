package app.floorplan.core.session;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.WatchFor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise of a guided session: what she reads while doing it (how to, cues, what to watch for, her PT's note,
 * the dosage in words) and the steps the phone walks her through.
 *
 * @param number 1-based place in her plan
 * @param dosage the prescribed dosage as a plain-language sentence
 */
public record GuidedExercise(
        ExerciseId exercise,
        int number,
        String name,
        String dosage,
        Optional<String> setUp,
        List<String> howTo,
        List<String> cues,
        List<WatchFor> watchFors,
        Optional<String> watchForNote,
        Optional<String> ptNote,
        List<SessionStep> steps) {

    public GuidedExercise {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dosage, "dosage");
        Objects.requireNonNull(setUp, "setUp");
        howTo = List.copyOf(howTo);
        cues = List.copyOf(cues);
        watchFors = List.copyOf(watchFors);
        Objects.requireNonNull(watchForNote, "watchForNote");
        Objects.requireNonNull(ptNote, "ptNote");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an exercise has at least one step");
        }
    }
}
