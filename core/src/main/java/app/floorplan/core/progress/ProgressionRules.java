package app.floorplan.core.progress;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.progress.ProgressionSuggestion.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The progression suggestion from the practice log (issue #5): two weeks with adherence >= 70 % and no symptom flags
 * or pain rise suggest advancing; symptom flags suggest regressing or holding, naming the exercise.
 *
 * <p>In order: (1) doming, leaking, heaviness or more pain during an exercise in the last {@value #SYMPTOM_WINDOW_DAYS}
 * days means regress to its easier variant when there is one, otherwise hold it (domain brief, precautions: "doming,
 * leaking, heaviness or pain during an exercise means regress or hold"); (2) without two full weeks since the start
 * there is not enough data; (3) the two most recent full weeks must each reach {@value AdherenceWeek#TARGET_PERCENT} %,
 * with no symptom flagged and no pain {@value AlertRules#PAIN_RISE} or more above baseline nor {@value
 * AlertRules#HIGH_PAIN} or more, else hold; (4) then advance: the next phase and each exercise's harder variant.
 */
public final class ProgressionRules {

    /** Two weeks, as the "two weeks" of good practice: symptoms older than that no longer decide. */
    public static final int SYMPTOM_WINDOW_DAYS = 14;

    private static final Set<SymptomFlag> REGRESS_OR_HOLD =
            EnumSet.of(SymptomFlag.DOMING, SymptomFlag.LEAKING, SymptomFlag.HEAVINESS, SymptomFlag.PAIN_INCREASE);

    private ProgressionRules() {}

    /**
     * @param days her logged days since the program started, oldest first
     * @param exercises the clinic's exercises by id (empty for an unknown one), for names and variants
     */
    public static ProgressionSuggestion suggest(
            ProgramContent content,
            List<AdherenceWeek> weeks,
            List<PracticeDay> days,
            Optional<PainBaseline> baseline,
            LocalDate today,
            Function<ExerciseId, Optional<Exercise>> exercises) {
        var symptomatic = symptomaticExercises(content, days, today);
        if (!symptomatic.isEmpty()) {
            return regressOrHold(content, symptomatic, exercises);
        }
        List<AdherenceWeek> full = weeks.stream().filter(AdherenceWeek::full).toList();
        if (full.size() < 2) {
            return ProgressionSuggestion.without(
                    Kind.NOT_ENOUGH_DATA,
                    List.of("A suggestion needs two full weeks since the program started; " + full.size()
                            + (full.size() == 1 ? " week so far" : " weeks so far")));
        }
        List<AdherenceWeek> lastTwo = full.subList(full.size() - 2, full.size());
        var holds = new ArrayList<String>();
        for (var week : lastTwo) {
            if (!week.onTarget()) {
                holds.add("adherence " + week.percent() + " % in the week of " + AlertRules.day(week.monday())
                        + ", below " + AdherenceWeek.TARGET_PERCENT + " %");
            }
        }
        LocalDate from = lastTwo.getFirst().monday();
        LocalDate to = lastTwo.getLast().sunday();
        List<PracticeDay> inWeeks = days.stream()
                .filter(day -> !day.date().isBefore(from) && !day.date().isAfter(to))
                .toList();
        inWeeks.stream()
                .filter(day -> !day.allSymptoms().isEmpty())
                .findFirst()
                .ifPresent(day -> holds.add("symptoms flagged on " + AlertRules.day(day.date()) + " ("
                        + day.allSymptoms().stream().map(AlertRules::label).collect(Collectors.joining(", "))
                        + ")"));
        inWeeks.stream()
                .filter(day -> painTooHigh(day, baseline))
                .findFirst()
                .ifPresent(day -> holds.add("pain " + day.pain().getAsInt() + " on " + AlertRules.day(day.date())
                        + baseline.map(base -> " (baseline " + base.value() + ")")
                                .orElse("")));
        if (!holds.isEmpty()) {
            return ProgressionSuggestion.without(Kind.HOLD, holds);
        }
        return advance(content, lastTwo, exercises);
    }

    private static boolean painTooHigh(PracticeDay day, Optional<PainBaseline> baseline) {
        if (day.pain().isEmpty()) {
            return false;
        }
        int pain = day.pain().getAsInt();
        return pain >= AlertRules.HIGH_PAIN
                || baseline.filter(base -> pain - base.value() >= AlertRules.PAIN_RISE)
                        .isPresent();
    }

    /** The program's exercises with regress-or-hold symptoms in the window, in program order, with the days. */
    private static Map<ProgramItem, List<String>> symptomaticExercises(
            ProgramContent content, List<PracticeDay> days, LocalDate today) {
        LocalDate from = today.minusDays(SYMPTOM_WINDOW_DAYS - 1L);
        var found = new LinkedHashMap<ProgramItem, List<String>>();
        for (var item : content.items()) {
            var seen = new TreeSet<String>();
            var dates = new ArrayList<String>();
            for (var day : days) {
                if (day.date().isBefore(from)) {
                    continue;
                }
                for (var flag : REGRESS_OR_HOLD) {
                    if (day.exercisesWith(flag).contains(item.exercise())) {
                        seen.add(AlertRules.label(flag));
                        if (!dates.contains(AlertRules.day(day.date()))) {
                            dates.add(AlertRules.day(day.date()));
                        }
                    }
                }
            }
            if (!seen.isEmpty()) {
                found.put(item, List.of(String.join(" and ", seen), String.join(", ", dates)));
            }
        }
        return found;
    }

    private static ProgressionSuggestion regressOrHold(
            ProgramContent content,
            Map<ProgramItem, List<String>> symptomatic,
            Function<ExerciseId, Optional<Exercise>> exercises) {
        var reasons = new ArrayList<String>();
        var changes = new ArrayList<String>();
        var items = new ArrayList<>(content.items());
        var inProgram = content.items().stream().map(ProgramItem::exercise).collect(Collectors.toSet());
        symptomatic.forEach((item, what) -> {
            String name = nameOf(item.exercise(), exercises);
            reasons.add(what.get(0) + " during " + name + " on " + what.get(1));
            Optional<Exercise> easier = exercises
                    .apply(item.exercise())
                    .flatMap(exercise -> exercise.variants().easier())
                    .filter(id -> !inProgram.contains(id))
                    .flatMap(exercises)
                    .filter(exercise -> !exercise.retired());
            if (easier.isPresent()) {
                items.set(item.position(), swapped(item, easier.get()));
                inProgram.add(easier.get().id());
                changes.add("Replace " + name + " with its easier variant "
                        + easier.get().name());
            } else {
                reasons.add("hold " + name + ": it has no easier variant, so keep it as it is and check the technique");
            }
        });
        if (changes.isEmpty()) {
            return ProgressionSuggestion.without(Kind.HOLD, reasons);
        }
        return new ProgressionSuggestion(
                Kind.REGRESS, reasons, changes, Optional.of(withItems(content, content.phase(), items)));
    }

    private static ProgressionSuggestion advance(
            ProgramContent content, List<AdherenceWeek> lastTwo, Function<ExerciseId, Optional<Exercise>> exercises) {
        var reasons = List.of("adherence " + lastTwo.get(0).percent() + " % and "
                + lastTwo.get(1).percent() + " % in the last two full"
                + " weeks, no symptoms flagged and no pain rise");
        var changes = new ArrayList<String>();
        var items = new ArrayList<>(content.items());
        var inProgram = content.items().stream().map(ProgramItem::exercise).collect(Collectors.toSet());
        var phase = content.phase().next();
        phase.ifPresent(next -> changes.add("Move to phase " + next.number() + ": " + next.label()));
        for (var item : content.items()) {
            Optional<Exercise> harder = exercises
                    .apply(item.exercise())
                    .flatMap(exercise -> exercise.variants().harder())
                    .filter(id -> !inProgram.contains(id))
                    .flatMap(exercises)
                    .filter(exercise -> !exercise.retired());
            if (harder.isPresent()) {
                items.set(item.position(), swapped(item, harder.get()));
                inProgram.add(harder.get().id());
                changes.add("Replace " + nameOf(item.exercise(), exercises) + " with its harder variant "
                        + harder.get().name());
            }
        }
        if (changes.isEmpty()) {
            return ProgressionSuggestion.without(
                    Kind.ADVANCE,
                    List.of(
                            reasons.getFirst(),
                            "the program is in the last phase and no exercise has a harder variant: progress the"
                                    + " dosage in the program editor"));
        }
        return new ProgressionSuggestion(
                Kind.ADVANCE, reasons, changes, Optional.of(withItems(content, phase.orElse(content.phase()), items)));
    }

    /** The variant in the item's place, with the variant's own default dosage (the old dosage was for the old one). */
    private static ProgramItem swapped(ProgramItem item, Exercise variant) {
        return new ProgramItem(item.position(), variant.id(), variant.defaultDosage(), Optional.empty());
    }

    private static ProgramContent withItems(ProgramContent content, ProgramPhase phase, List<ProgramItem> items) {
        return new ProgramContent(phase, content.goals(), items, content.advice(), content.freeTextAdvice());
    }

    private static String nameOf(ExerciseId id, Function<ExerciseId, Optional<Exercise>> exercises) {
        return exercises.apply(id).map(Exercise::name).orElse("an exercise no longer in the library");
    }
}
