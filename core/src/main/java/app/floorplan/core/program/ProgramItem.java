package app.floorplan.core.program;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.validation.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * One exercise of a home program, with the dosage prescribed for this patient (it starts as the exercise's default
 * and the PT may change it).
 *
 * @param position 0-based place in the program's order, also the index in its field keys ("program.items[3]"); the
 *     patient sees {@code position + 1}
 * @param note the PT's words to the patient about this exercise (e.g. a cue that worked in the session); blank counts as
 *     absent
 */
public record ProgramItem(int position, ExerciseId exercise, Dosage dosage, Optional<String> note) {

    public static final int MAX_NOTE_LENGTH = 500;

    public ProgramItem {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(dosage, "dosage");
        Objects.requireNonNull(note, "note");
        if (position < 0) {
            throw new IllegalArgumentException("a position is 0 or more, got " + position);
        }
        var found = new Violations();
        note = ProgramRules.note(found, position, note.orElse(""));
        found.throwIfAny();
    }
}
