package app.floorplan.core.exercise;

import app.floorplan.core.validation.Violations;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the patient watches for during an exercise: the standard signs (shown in enum order) and an optional note
 * specific to this exercise.
 */
public record WatchFors(Set<WatchFor> signs, Optional<String> note) {

    public static final int MAX_NOTE_LENGTH = 300;

    public WatchFors {
        Objects.requireNonNull(signs, "signs");
        Objects.requireNonNull(note, "note");
        var ordered = EnumSet.noneOf(WatchFor.class);
        ordered.addAll(signs);
        signs = Collections.unmodifiableSet(ordered);
        var found = new Violations();
        note = TextRules.optional(found, ExerciseFields.WATCH_FOR_NOTE, note.orElse(""), MAX_NOTE_LENGTH, "The note");
        found.throwIfAny();
    }

    public static WatchFors of(WatchFor... signs) {
        return new WatchFors(Set.of(signs), Optional.empty());
    }

    public static WatchFors none() {
        return new WatchFors(Set.of(), Optional.empty());
    }

    public boolean isEmpty() {
        return signs.isEmpty() && note.isEmpty();
    }
}
