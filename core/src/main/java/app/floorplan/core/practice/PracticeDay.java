package app.floorplan.core.practice;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.identity.PatientId;
import app.floorplan.core.program.HomeProgramId;
import app.floorplan.core.validation.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a patient logged for one calendar day: at most one per patient and day, so a double tap or a retry changes the
 * day's entry instead of adding a second one. A same-day correction replaces the entry and counts up {@code revision}.
 *
 * @param programVersion the version of the home program she followed that day
 * @param session the whole session's completion; with exercises logged it follows from them (see {@link
 *     #sessionFrom(List)})
 * @param pain NRS 0-10 (domain brief: outcome measures, NRS pain), when she rated it
 * @param effort how hard the session felt, on FloorPlan's own 0-10 {@link EffortRating}, when rated
 * @param symptoms symptoms during the session as a whole, besides those flagged per exercise
 * @param exercises per-exercise outcomes, each exercise at most once; empty when she logged only the whole session
 * @param recordedAt when the entry (or its latest correction) was saved
 * @param revision 1 for the first save of the day, one more for each correction
 */
public record PracticeDay(
        PatientId patient,
        LocalDate date,
        HomeProgramId program,
        int programVersion,
        Completion session,
        OptionalInt pain,
        OptionalInt effort,
        SymptomReport symptoms,
        List<ExerciseOutcome> exercises,
        Instant recordedAt,
        int revision) {

    public static final int MAX_PAIN = 10;
    public static final int MAX_EFFORT = EffortRating.MAX;

    public PracticeDay {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(pain, "pain");
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(symptoms, "symptoms");
        Objects.requireNonNull(recordedAt, "recordedAt");
        exercises = List.copyOf(exercises);
        if (programVersion < 1 || revision < 1) {
            throw new IllegalArgumentException("program versions and revisions start at 1");
        }
        var found = new Violations();
        found.check(inRange(pain, MAX_PAIN), PracticeFields.PAIN, "Pain is rated from 0 (none) to 10 (worst)");
        found.check(
                inRange(effort, MAX_EFFORT),
                PracticeFields.EFFORT,
                "Effort is rated from 0 (resting) to 10 (the hardest you can imagine)");
        Set<ExerciseId> seen = new HashSet<>();
        found.check(
                exercises.stream().allMatch(outcome -> seen.add(outcome.exercise())),
                PracticeFields.EXERCISES,
                "Each exercise is logged once per day");
        found.throwIfAny();
        if (!exercises.isEmpty()) {
            session = sessionFrom(exercises);
        }
    }

    /** All done is done, all skipped is skipped, anything else is partly done. */
    public static Completion sessionFrom(List<ExerciseOutcome> exercises) {
        if (exercises.stream().allMatch(outcome -> outcome.completion() == Completion.DONE)) {
            return Completion.DONE;
        }
        if (exercises.stream().allMatch(outcome -> outcome.completion() == Completion.SKIPPED)) {
            return Completion.SKIPPED;
        }
        return Completion.PARTLY;
    }

    /** Every symptom flagged that day, for the session or any exercise. */
    public Set<SymptomFlag> allSymptoms() {
        var all = EnumSet.noneOf(SymptomFlag.class);
        all.addAll(symptoms.flags());
        exercises.forEach(outcome -> all.addAll(outcome.symptoms().flags()));
        return all;
    }

    /** The exercises during which she flagged {@code flag}, in program order as logged. */
    public List<ExerciseId> exercisesWith(SymptomFlag flag) {
        return exercises.stream()
                .filter(outcome -> outcome.symptoms().has(flag))
                .map(ExerciseOutcome::exercise)
                .toList();
    }

    public boolean practised() {
        return session.practised();
    }

    private static boolean inRange(OptionalInt value, int max) {
        return value.isEmpty() || (value.getAsInt() >= 0 && value.getAsInt() <= max);
    }
}
