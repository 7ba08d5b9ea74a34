package app.floorplan.core.progress;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseId;
import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.practice.PracticeDay;
import app.floorplan.core.practice.SymptomFlag;
import app.floorplan.core.program.ProgramContent;
import app.floorplan.core.program.ProgramItem;
import app.floorplan.core.progress.ProgressionSuggestion.Kind;
import app.floorplan.core.suggestion.PhaseCeiling;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The progression suggestion from the practice log, one step at a time.
 *
 * <p>In order: (1) doming, leaking, heaviness or more pain during an exercise in the last {@value #SYMPTOM_WINDOW_DAYS}
 * days means regress to its easier variant when there is one, otherwise hold it (domain brief, precautions: "doming,
 * leaking, heaviness or pain during an exercise means regress or hold"); (2) without two full weeks on the current
 * program version there is not enough data, so a change is judged on its own weeks; (3) the two most recent of them
 * must each reach {@value AdherenceWeek#TARGET_PERCENT} %, with no symptom flagged and no pain {@value
 * AlertRules#PAIN_RISE} or more above baseline nor {@value AlertRules#HIGH_PAIN} or more, else hold; (4) then advance by
 * one step: the next phase when it may be suggested, otherwise harder variants within the phase, never both at once.
 *
 * <p>The next phase may be suggested when (a) it is not above the {@link PhaseCeiling} (no phase above 2 while doming
 * or a pelvic floor that does not let go is recorded), (b) the current phase has lasted at least {@value
 * #MIN_WEEKS_PER_PHASE} weeks, and (c) for phase 3 and 4, an assessment newer than the current phase's start has
 * re-tested doming. A harder variant is proposed only within the program's phase and when the gate and the cautions
 * her record shows allow it. Every hold says why.
 */
public final class ProgressionRules {

    /** Two weeks of good practice decide an advance; symptoms older than that no longer decide either. */
    public static final int SYMPTOM_WINDOW_DAYS = 14;

    /**
     * Clinic rule: a phase lasts at least this many weeks before the next is suggested. No published source gives a
     * phase length; supervised pelvic floor muscle training programmes run at least 3 months [NICE-NG210], which this
     * does not shorten.
     */
    public static final int MIN_WEEKS_PER_PHASE = 4;

    /** From this phase on, the step needs a re-assessment that re-tests doming (clinic rule, as the ceiling). */
    public static final ProgramPhase REASSESSMENT_FROM = ProgramPhase.DYNAMIC_CONTROL;

    private static final int DAYS_IN_WEEK = 7;

    private static final Set<SymptomFlag> REGRESS_OR_HOLD =
            EnumSet.of(SymptomFlag.DOMING, SymptomFlag.LEAKING, SymptomFlag.HEAVINESS, SymptomFlag.PAIN_INCREASE);

    private ProgressionRules() {}

    public static ProgressionSuggestion suggest(ProgressionInput input) {
        var symptomatic = symptomaticExercises(input.content(), input.days(), input.today());
        if (!symptomatic.isEmpty()) {
            return regressOrHold(input, symptomatic);
        }
        LocalDate versionStart = input.timeline().versionStart();
        List<AdherenceWeek> full = input.weeks().stream()
                .filter(AdherenceWeek::full)
                .filter(week -> !week.monday().isBefore(versionStart))
                .toList();
        if (full.size() < 2) {
            return ProgressionSuggestion.without(
                    Kind.NOT_ENOUGH_DATA,
                    List.of("a suggestion needs two full weeks (Monday to Sunday) on the current program version,"
                            + " which started on " + AlertRules.day(versionStart) + "; " + full.size()
                            + (full.size() == 1 ? " week so far" : " weeks so far")));
        }
        List<AdherenceWeek> lastTwo = full.subList(full.size() - 2, full.size());
        var holds = practiceHolds(input, lastTwo);
        if (!holds.isEmpty()) {
            return ProgressionSuggestion.without(Kind.HOLD, holds);
        }
        return advance(input, lastTwo);
    }

    private static List<String> practiceHolds(ProgressionInput input, List<AdherenceWeek> lastTwo) {
        var holds = new ArrayList<String>();
        for (var week : lastTwo) {
            if (!week.onTarget()) {
                holds.add("adherence " + week.percent() + " % in the week of " + AlertRules.day(week.monday())
                        + ", below " + AdherenceWeek.TARGET_PERCENT + " %");
            }
        }
        LocalDate from = lastTwo.getFirst().monday();
        LocalDate to = lastTwo.getLast().sunday();
        List<PracticeDay> inWeeks = input.days().stream()
                .filter(day -> !day.date().isBefore(from) && !day.date().isAfter(to))
                .toList();
        inWeeks.stream()
                .filter(day -> !day.allSymptoms().isEmpty())
                .findFirst()
                .ifPresent(day -> holds.add("symptoms flagged on " + AlertRules.day(day.date()) + " ("
                        + day.allSymptoms().stream().map(AlertRules::label).collect(Collectors.joining(", "))
                        + ")"));
        inWeeks.stream()
                .filter(day -> painTooHigh(day, input.baseline()))
                .findFirst()
                .ifPresent(day -> holds.add("pain " + day.pain().getAsInt() + " on " + AlertRules.day(day.date())
                        + input.baseline()
                                .map(base -> " (baseline " + base.value() + ")")
                                .orElse("")));
        return holds;
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
            ProgressionInput input, Map<ProgramItem, List<String>> symptomatic) {
        var content = input.content();
        var reasons = new ArrayList<String>();
        var changes = new ArrayList<String>();
        var items = new ArrayList<>(content.items());
        var inProgram = content.items().stream().map(ProgramItem::exercise).collect(Collectors.toSet());
        symptomatic.forEach((item, what) -> {
            String name = nameOf(item.exercise(), input);
            reasons.add(what.get(0) + " during " + name + " on " + what.get(1));
            Optional<Exercise> easier = input.exercises()
                    .apply(item.exercise())
                    .flatMap(exercise -> exercise.variants().easier())
                    .filter(id -> !inProgram.contains(id))
                    .flatMap(input.exercises())
                    .filter(exercise -> !exercise.retired());
            var heldBack = easier.map(input.holdsBack()).orElse(List.of());
            if (easier.isPresent() && heldBack.isEmpty()) {
                items.set(item.position(), swapped(item, easier.get()));
                inProgram.add(easier.get().id());
                changes.add("Replace " + name + " with its easier variant "
                        + easier.get().name());
            } else if (easier.isPresent()) {
                reasons.add(
                        "hold " + name + ": its easier variant " + easier.get().name() + " is not proposed ("
                                + String.join("; ", heldBack) + "), so keep it as it is and check the technique");
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

    private static ProgressionSuggestion advance(ProgressionInput input, List<AdherenceWeek> lastTwo) {
        var content = input.content();
        var phase = content.phase();
        var going = "adherence " + lastTwo.get(0).percent() + " % and "
                + lastTwo.get(1).percent() + " % in the last two full weeks, no symptoms flagged and no pain rise";
        if (input.ceiling().keepsOut(phase)) {
            return ProgressionSuggestion.without(
                    Kind.HOLD,
                    List.of(
                            going,
                            "the program is in phase " + phase.number() + " while "
                                    + String.join("; ", input.ceiling().reasons()) + ": no progression above phase "
                                    + PhaseCeiling.CEILING.number() + " while doming or a pelvic floor that does not"
                                    + " let go is recorded (clinic rule); consider stepping back to phase "
                                    + PhaseCeiling.CEILING.number()));
        }
        var next = phase.next();
        var phaseHolds = next.map(nextPhase -> phaseHolds(input, nextPhase)).orElse(List.of());
        if (next.isPresent() && phaseHolds.isEmpty()) {
            var reasons = new ArrayList<>(List.of(going, phaseReady(input, next.get())));
            reasons.add("one change at a time: harder variants wait for a later suggestion");
            return new ProgressionSuggestion(
                    Kind.ADVANCE,
                    reasons,
                    List.of("Move to phase " + next.get().number() + ": "
                            + next.get().label()),
                    Optional.of(withItems(content, next.get(), content.items())));
        }
        var variants = harderVariants(input);
        var reasons = new ArrayList<>(List.of(going));
        phaseHolds.forEach(hold -> reasons.add("the program stays in phase " + phase.number() + ": " + hold));
        reasons.addAll(variants.notes());
        if (!variants.changes().isEmpty()) {
            return new ProgressionSuggestion(
                    Kind.ADVANCE,
                    reasons,
                    variants.changes(),
                    Optional.of(withItems(content, phase, variants.items())));
        }
        if (next.isEmpty()) {
            reasons.add("the program is in the last phase and no exercise has a harder variant to move to: progress"
                    + " the dosage in the program editor");
            return ProgressionSuggestion.without(Kind.ADVANCE, reasons);
        }
        reasons.add("no exercise has a harder variant within phase " + phase.number()
                + ": progress the dosage in the program editor meanwhile");
        return ProgressionSuggestion.without(Kind.HOLD, reasons);
    }

    /** Why the next phase may not be suggested yet, in plain words; empty when it may. */
    private static List<String> phaseHolds(ProgressionInput input, ProgramPhase next) {
        var holds = new ArrayList<String>();
        var phase = input.content().phase();
        LocalDate phaseStart = input.timeline().phaseStart();
        if (input.ceiling().keepsOut(next)) {
            holds.add("phase " + next.number() + " waits while "
                    + String.join("; ", input.ceiling().reasons())
                    + " (no phase above " + PhaseCeiling.CEILING.number() + " while doming or a pelvic floor that"
                    + " does not let go is recorded; clinic rule)");
        }
        long days = ChronoUnit.DAYS.between(phaseStart, input.today());
        if (days < (long) MIN_WEEKS_PER_PHASE * DAYS_IN_WEEK) {
            holds.add("phase " + phase.number() + " started on " + AlertRules.day(phaseStart) + ", " + duration(days)
                    + " ago, and a phase lasts at least " + MIN_WEEKS_PER_PHASE
                    + " weeks before the next one is suggested (clinic rule)");
        }
        if (next.number() >= REASSESSMENT_FROM.number()
                && input.latestDomingTest()
                        .filter(day -> day.isAfter(phaseStart))
                        .isEmpty()) {
            holds.add("phase " + next.number() + " needs a re-assessment after " + AlertRules.day(phaseStart)
                    + " (when phase " + phase.number() + " started) that re-tests doming; "
                    + input.latestDomingTest()
                            .map(day -> "the last doming test was on " + AlertRules.day(day))
                            .orElse("no assessment has tested doming yet"));
        }
        return holds;
    }

    private static String phaseReady(ProgressionInput input, ProgramPhase next) {
        long days = ChronoUnit.DAYS.between(input.timeline().phaseStart(), input.today());
        var ready = "phase " + input.content().phase().number() + " has lasted " + duration(days) + " (at least "
                + MIN_WEEKS_PER_PHASE + " weeks; clinic rule)";
        if (next.number() >= REASSESSMENT_FROM.number()) {
            ready += "; doming re-tested on "
                    + AlertRules.day(input.latestDomingTest().orElseThrow()) + " without doming";
        }
        return ready;
    }

    private record VariantSwaps(List<ProgramItem> items, List<String> changes, List<String> notes) {}

    /** Each item's harder variant within the program's phase, unless the gate or a caution holds it back. */
    private static VariantSwaps harderVariants(ProgressionInput input) {
        var content = input.content();
        var items = new ArrayList<>(content.items());
        var changes = new ArrayList<String>();
        var notes = new ArrayList<String>();
        var inProgram = content.items().stream().map(ProgramItem::exercise).collect(Collectors.toSet());
        for (var item : content.items()) {
            Optional<Exercise> harder = input.exercises()
                    .apply(item.exercise())
                    .flatMap(exercise -> exercise.variants().harder())
                    .filter(id -> !inProgram.contains(id))
                    .flatMap(input.exercises())
                    .filter(exercise -> !exercise.retired());
            if (harder.isEmpty()) {
                continue;
            }
            var variant = harder.get();
            var name = nameOf(item.exercise(), input);
            if (variant.phase().number() > content.phase().number()) {
                notes.add(variant.name() + ", the harder variant of " + name + ", belongs to phase "
                        + variant.phase().number() + ": it waits for that phase");
                continue;
            }
            var heldBack = input.holdsBack().apply(variant);
            if (!heldBack.isEmpty()) {
                notes.add(variant.name() + ", the harder variant of " + name + ", is not proposed: "
                        + String.join("; ", heldBack));
                continue;
            }
            items.set(item.position(), swapped(item, variant));
            inProgram.add(variant.id());
            changes.add("Replace " + name + " with its harder variant " + variant.name());
        }
        return new VariantSwaps(items, changes, notes);
    }

    /** "3 days", "1 week", "2 weeks 3 days". */
    private static String duration(long days) {
        long weeks = days / DAYS_IN_WEEK;
        long rest = days % DAYS_IN_WEEK;
        var text = new ArrayList<String>();
        if (weeks > 0) {
            text.add(weeks + (weeks == 1 ? " week" : " weeks"));
        }
        if (rest > 0 || weeks == 0) {
            text.add(rest + (rest == 1 ? " day" : " days"));
        }
        return String.join(" ", text);
    }

    /** The variant in the item's place, with the variant's own default dosage (the old dosage was for the old one). */
    private static ProgramItem swapped(ProgramItem item, Exercise variant) {
        return new ProgramItem(item.position(), variant.id(), variant.defaultDosage(), Optional.empty());
    }

    private static ProgramContent withItems(ProgramContent content, ProgramPhase phase, List<ProgramItem> items) {
        return new ProgramContent(phase, content.goals(), items, content.advice(), content.freeTextAdvice());
    }

    private static String nameOf(ExerciseId id, ProgressionInput input) {
        return input.exercises().apply(id).map(Exercise::name).orElse("an exercise no longer in the library");
    }
}
