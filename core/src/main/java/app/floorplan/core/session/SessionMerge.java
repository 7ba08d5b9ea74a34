package app.floorplan.core.session;

import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.practice.Completion;
import app.floorplan.core.practice.ExerciseEntry;
import app.floorplan.core.practice.ExerciseOutcome;
import app.floorplan.core.practice.PlannedExercise;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.PracticeEntry;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.practice.TodaysPractice;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Folds a guided session's result into today's practice entry, so that the day keeps one entry (ADR 0012) and nothing
 * she logged earlier today is lost:
 *
 * <ul>
 *   <li>per exercise the better completion wins (done over partly over skipped): practising twice a day, or logging
 *       the morning on the form and the evening in a session, never turns a done exercise into a partly done one;
 *   <li>symptoms add up, for the session and for each exercise, with her own words for "other" kept;
 *   <li>a day logged earlier as a whole session only counts as that completion for each exercise;
 *   <li>pain and effort are today's latest answers; left unanswered, the earlier ones stay.
 * </ul>
 *
 * The fold is idempotent: the same result folded into its own outcome gives the same entry, so a retry or a double tap
 * saves nothing new.
 */
final class SessionMerge {

    private SessionMerge() {}

    static PracticeEntry merge(TodaysPractice today, SessionResult result) {
        Map<ExerciseId, ExerciseResult> reached = result.exercises().stream()
                .collect(Collectors.toMap(ExerciseResult::exercise, Function.identity(), (first, second) -> second));
        Optional<PracticeDay> earlier = today.entry();
        Map<ExerciseId, ExerciseOutcome> before = earlier.map(day -> day.exercises().stream()
                        .collect(Collectors.toMap(ExerciseOutcome::exercise, Function.identity())))
                .orElse(Map.of());
        Optional<Completion> wholeSessionBefore =
                earlier.filter(day -> day.exercises().isEmpty()).map(PracticeDay::session);
        List<ExerciseEntry> exercises = today.exercises().stream()
                .map(PlannedExercise::exercise)
                .map(exercise -> entry(
                        exercise,
                        Optional.ofNullable(before.get(exercise)),
                        wholeSessionBefore,
                        Optional.ofNullable(reached.get(exercise))))
                .toList();
        // unknown exercises go through unchanged, so the log refuses them with its own message
        List<ExerciseEntry> unknown = result.exercises().stream()
                .filter(outcome -> today.exercises().stream()
                        .noneMatch(planned -> planned.exercise().equals(outcome.exercise())))
                .map(outcome -> entry(outcome.exercise(), Optional.empty(), Optional.empty(), Optional.of(outcome)))
                .toList();
        return new PracticeEntry(
                result.date(),
                Optional.empty(),
                latest(result.pain(), earlier.map(PracticeDay::pain)),
                latest(result.effort(), earlier.map(PracticeDay::effort)),
                earlier.map(day -> day.symptoms().flags()).orElse(Set.of()),
                earlier.flatMap(day -> day.symptoms().otherText()).orElse(""),
                Stream.concat(exercises.stream(), unknown.stream()).toList());
    }

    private static ExerciseEntry entry(
            ExerciseId exercise,
            Optional<ExerciseOutcome> before,
            Optional<Completion> wholeSessionBefore,
            Optional<ExerciseResult> now) {
        Optional<Completion> earlier = before.map(ExerciseOutcome::completion).or(() -> wholeSessionBefore);
        Optional<Completion> completion = better(earlier, now.map(ExerciseResult::completion));
        Set<SymptomFlag> symptoms = EnumSet.noneOf(SymptomFlag.class);
        before.ifPresent(outcome -> symptoms.addAll(outcome.symptoms().flags()));
        now.flatMap(ExerciseResult::stoppedFor).ifPresent(sign -> symptoms.add(sign.symptom()));
        String other = before.flatMap(outcome -> outcome.symptoms().otherText()).orElse("");
        return new ExerciseEntry(exercise, completion, symptoms, other);
    }

    private static Optional<Completion> better(Optional<Completion> earlier, Optional<Completion> now) {
        if (earlier.isEmpty()) {
            return now;
        }
        if (now.isEmpty()) {
            return earlier;
        }
        return Optional.of(rank(now.get()) > rank(earlier.get()) ? now.get() : earlier.get());
    }

    private static int rank(Completion completion) {
        return switch (completion) {
            case SKIPPED -> 0;
            case PARTLY -> 1;
            case DONE -> 2;
        };
    }

    private static OptionalInt latest(OptionalInt now, Optional<OptionalInt> earlier) {
        return now.isPresent() ? now : earlier.orElse(OptionalInt.empty());
    }
}
