package app.floorplan.core.program;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.dosage.Dosage;
import app.floorplan.core.exercise.dosage.DosageText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from one program version to another. Items are matched by exercise (a program holds each exercise once),
 * so a changed dosage or note shows as a change of that exercise, not as removed and added.
 *
 * @param phase the phase change, if the phase changed
 * @param added items of the later version whose exercise the earlier one did not have
 * @param removed items of the earlier version whose exercise the later one does not have
 * @param reordered the exercises both versions share are in a different order
 * @param freeTextAdviceChanged the written advice differs (added, removed or edited)
 */
public record ProgramDiff(
        Optional<PhaseChange> phase,
        List<String> goalsAdded,
        List<String> goalsRemoved,
        List<ProgramItem> added,
        List<ProgramItem> removed,
        List<DosageChange> dosageChanges,
        List<NoteChange> noteChanges,
        boolean reordered,
        Set<DailyLifeAdvice> adviceAdded,
        Set<DailyLifeAdvice> adviceRemoved,
        boolean freeTextAdviceChanged) {

    public ProgramDiff {
        goalsAdded = List.copyOf(goalsAdded);
        goalsRemoved = List.copyOf(goalsRemoved);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        dosageChanges = List.copyOf(dosageChanges);
        noteChanges = List.copyOf(noteChanges);
        adviceAdded = ordered(adviceAdded);
        adviceRemoved = ordered(adviceRemoved);
    }

    public record PhaseChange(ProgramPhase from, ProgramPhase to) {}

    /** A dosage of one exercise before and after, in both wordings of {@link DosageText}. */
    public record DosageChange(ExerciseId exercise, Dosage before, Dosage after) {

        /** E.g. "5 reps /side, hold 5-10 s -> 8 reps /side, hold 5-10 s". */
        public String forClinician() {
            return DosageText.forClinician(before) + " -> " + DosageText.forClinician(after);
        }

        /** E.g. "5 reps each side, hold 5-10 seconds -> 8 reps each side, hold 5-10 seconds". */
        public String forPatient() {
            return patientWords(before) + " -> " + patientWords(after);
        }
    }

    /** The PT's note on one exercise before and after; empty where there was none. */
    public record NoteChange(ExerciseId exercise, Optional<String> before, Optional<String> after) {}

    /** The changes from version {@code earlier} to version {@code later}. */
    public static ProgramDiff between(HomeProgramVersion earlier, HomeProgramVersion later) {
        return between(earlier.content(), later.content());
    }

    /** The changes from one content to another, e.g. the current version to the form being edited. */
    public static ProgramDiff between(ProgramContent earlier, ProgramContent later) {
        Map<ExerciseId, ProgramItem> before = byExercise(earlier);
        Map<ExerciseId, ProgramItem> after = byExercise(later);
        var dosageChanges = new ArrayList<DosageChange>();
        var noteChanges = new ArrayList<NoteChange>();
        for (var item : later.items()) {
            var old = before.get(item.exercise());
            if (old == null) {
                continue;
            }
            if (!old.dosage().equals(item.dosage())) {
                dosageChanges.add(new DosageChange(item.exercise(), old.dosage(), item.dosage()));
            }
            if (!old.note().equals(item.note())) {
                noteChanges.add(new NoteChange(item.exercise(), old.note(), item.note()));
            }
        }
        return new ProgramDiff(
                earlier.phase() == later.phase()
                        ? Optional.empty()
                        : Optional.of(new PhaseChange(earlier.phase(), later.phase())),
                without(later.goals(), earlier.goals()),
                without(earlier.goals(), later.goals()),
                later.items().stream()
                        .filter(item -> !before.containsKey(item.exercise()))
                        .toList(),
                earlier.items().stream()
                        .filter(item -> !after.containsKey(item.exercise()))
                        .toList(),
                dosageChanges,
                noteChanges,
                !sharedOrder(earlier, after).equals(sharedOrder(later, before)),
                difference(later.advice(), earlier.advice()),
                difference(earlier.advice(), later.advice()),
                !earlier.freeTextAdvice().equals(later.freeTextAdvice()));
    }

    public boolean isEmpty() {
        return phase.isEmpty()
                && goalsAdded.isEmpty()
                && goalsRemoved.isEmpty()
                && added.isEmpty()
                && removed.isEmpty()
                && dosageChanges.isEmpty()
                && noteChanges.isEmpty()
                && !reordered
                && adviceAdded.isEmpty()
                && adviceRemoved.isEmpty()
                && !freeTextAdviceChanged;
    }

    /**
     * One readable line per change, dosages in the patient's words, e.g. "Phase 1 Breath and connection -> 2
     * Stability", "Added: Dead bug level 1: marching (2 sets of 6-8 reps each side)", "Wall bug press: 5 reps each
     * side, hold 5-10 seconds -> 8 reps each side, hold 5-10 seconds".
     *
     * @param exerciseNames the name to show for an exercise id
     */
    public List<String> lines(Function<ExerciseId, String> exerciseNames) {
        var lines = new ArrayList<String>();
        phase.ifPresent(change -> lines.add("Phase " + phaseName(change.from()) + " -> " + phaseName(change.to())));
        goalsAdded.forEach(goal -> lines.add("Goal added: " + goal));
        goalsRemoved.forEach(goal -> lines.add("Goal removed: " + goal));
        added.forEach(item ->
                lines.add("Added: " + exerciseNames.apply(item.exercise()) + " (" + patientWords(item.dosage()) + ")"));
        removed.forEach(item -> lines.add("Removed: " + exerciseNames.apply(item.exercise())));
        dosageChanges.forEach(change -> lines.add(exerciseNames.apply(change.exercise()) + ": " + change.forPatient()));
        noteChanges.forEach(change -> lines.add(exerciseNames.apply(change.exercise()) + ": " + noteLine(change)));
        if (reordered) {
            lines.add("Exercises in a new order");
        }
        adviceAdded.forEach(advice -> lines.add("Advice added: " + advice.title()));
        adviceRemoved.forEach(advice -> lines.add("Advice removed: " + advice.title()));
        if (freeTextAdviceChanged) {
            lines.add("Written advice changed");
        }
        return List.copyOf(lines);
    }

    private static String noteLine(NoteChange change) {
        if (change.after().isEmpty()) {
            return "note removed";
        }
        var now = "\"" + change.after().get() + "\"";
        return change.before().isEmpty() ? "note added: " + now : "note changed to " + now;
    }

    private static String phaseName(ProgramPhase phase) {
        return phase.number() + " " + phase.label();
    }

    /** The patient's sentence without its final full stop, so it reads inside a line. */
    private static String patientWords(Dosage dosage) {
        var text = DosageText.forPatient(dosage);
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static Map<ExerciseId, ProgramItem> byExercise(ProgramContent content) {
        return content.items().stream().collect(Collectors.toMap(ProgramItem::exercise, Function.identity()));
    }

    /** The exercises of {@code content} that {@code other} also has, in {@code content}'s order. */
    private static List<ExerciseId> sharedOrder(ProgramContent content, Map<ExerciseId, ProgramItem> other) {
        return content.items().stream()
                .map(ProgramItem::exercise)
                .filter(other::containsKey)
                .toList();
    }

    private static List<String> without(List<String> goals, List<String> others) {
        return goals.stream().filter(goal -> !others.contains(goal)).toList();
    }

    private static Set<DailyLifeAdvice> difference(Set<DailyLifeAdvice> advice, Set<DailyLifeAdvice> others) {
        var left = EnumSet.noneOf(DailyLifeAdvice.class);
        left.addAll(advice);
        left.removeAll(others);
        return left;
    }

    private static Set<DailyLifeAdvice> ordered(Set<DailyLifeAdvice> advice) {
        var ordered = EnumSet.noneOf(DailyLifeAdvice.class);
        ordered.addAll(Objects.requireNonNull(advice, "advice"));
        return Collections.unmodifiableSet(ordered);
    }
}
