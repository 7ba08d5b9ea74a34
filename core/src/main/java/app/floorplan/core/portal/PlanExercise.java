package app.floorplan.core.portal;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.WatchFor;
import app.floorplan.core.exercise.dosage.DosageText;
import app.floorplan.core.program.ProgramItem;
import java.util.List;
import java.util.Optional;

/**
 * One exercise of the patient's plan as she reads it: how to do it, what to watch for, how much (in plain words) and
 * what her physiotherapist added for her.
 *
 * @param number 1-based place in the plan
 * @param dosage the prescribed dosage as a plain-language sentence
 * @param ptNote the physiotherapist's words to her about this exercise
 */
public record PlanExercise(
        int number,
        String name,
        String purpose,
        Optional<String> setUp,
        List<String> steps,
        List<String> cues,
        List<WatchFor> watchFors,
        Optional<String> watchForNote,
        String dosage,
        Optional<String> ptNote) {

    public PlanExercise {
        steps = List.copyOf(steps);
        cues = List.copyOf(cues);
        watchFors = List.copyOf(watchFors);
    }

    /** The prescribed item as the patient reads it, with the exercise's instructions from the clinic's library. */
    public static PlanExercise of(ProgramItem item, Exercise exercise) {
        var instructions = exercise.instructions();
        return new PlanExercise(
                item.position() + 1,
                exercise.name(),
                exercise.purpose(),
                instructions.setUp(),
                instructions.steps(),
                instructions.cues(),
                List.copyOf(exercise.watchFors().signs()),
                exercise.watchFors().note(),
                DosageText.forPatient(item.dosage()),
                item.note());
    }
}
