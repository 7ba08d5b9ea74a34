package app.floorplan.core.suggestion;

import app.floorplan.core.exercise.Exercise;
import app.floorplan.core.exercise.ExerciseCode;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.exercise.library.StandardExerciseLibrary;
import app.floorplan.core.program.PrescriptionGate;
import app.floorplan.core.program.RecordedConditions;
import app.floorplan.core.suggestion.RuleOutcome.Exclusion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;

/**
 * Combines the rules into one suggestion. An exercise proposed by several rules appears once, with every reason. An
 * exercise is withheld (listed with the reason, never silently dropped) when a rule excludes it, when the prescription
 * gate's precautions would refuse it today (so a suggestion never proposes what cannot be saved), or when it has a
 * caution the patient's record shows (the gate would warn; the PT may still add it). Referrals to the same place are
 * merged, with every reason.
 */
public final class ProgramSuggester {

    /** The rules of {@code docs/program-suggestion-rules.md}, in the table's order. */
    public static final List<SuggestionRule> STANDARD_RULES = List.of(
            new DiastasisAndDomingRule(),
            new BreathingRule(),
            new WeakPelvicFloorRule(),
            new HighTonePelvicFloorRule(),
            new PositiveAslrRule(),
            new UpperBackRule(),
            new CaesareanRule(),
            new LiftingPainRule(),
            new StressIncontinenceRule(),
            new UrgeIncontinenceRule(),
            new AnalSphincterRule(),
            new ProlapseSymptomsRule(),
            new PainWithIntercourseRule());

    private final StandardExerciseLibrary library;
    private final List<SuggestionRule> rules;
    private final PrescriptionGate gate = new PrescriptionGate();

    /** A suggester with the {@link #STANDARD_RULES}. */
    public ProgramSuggester(StandardExerciseLibrary library) {
        this(library, STANDARD_RULES);
    }

    public ProgramSuggester(StandardExerciseLibrary library, List<SuggestionRule> rules) {
        this.library = library;
        this.rules = List.copyOf(rules);
    }

    public ProgramSuggestion suggest(SuggestionInput input) {
        var outcomes = rules.stream().map(rule -> rule.apply(input)).toList();
        var exclusions = outcomes.stream().flatMap(o -> o.exclusions().stream()).toList();

        var proposed = new LinkedHashMap<ExerciseCode, SequencedSet<String>>();
        var advice = new EnumMap<DailyLifeAdvice, SequencedSet<String>>(DailyLifeAdvice.class);
        var precautions = new LinkedHashMap<String, SequencedSet<String>>();
        var referrals = new EnumMap<Referral, SequencedSet<String>>(Referral.class);
        for (var outcome : outcomes) {
            outcome.exercises().forEach(p -> merge(proposed, p.code(), p.because()));
            outcome.advice().forEach(a -> merge(advice, a.advice(), a.because()));
            outcome.precautions().forEach(p -> merge(precautions, p.text(), p.because()));
            outcome.referrals().forEach(r -> merge(referrals, r.to(), r.because()));
        }
        var conditions = RecordedConditions.of(input.context());

        var items = new ArrayList<SuggestedItem>();
        var withheld = new ArrayList<WithheldItem>();
        proposed.forEach((code, because) -> {
            var exercise = library.find(code)
                    .orElseThrow(() -> new IllegalStateException("a rule proposes an unknown built-in: " + code));
            var reasons = withholdingReasons(exercise, exclusions, input, conditions);
            if (reasons.isEmpty()) {
                items.add(SuggestedItem.of(exercise, List.copyOf(because)));
            } else {
                withheld.add(new WithheldItem(exercise.id(), exercise.name(), reasons, List.copyOf(because)));
            }
        });
        items.sort(Comparator.comparingInt(item -> item.phase().number()));

        return new ProgramSuggestion(
                PhaseSelection.select(
                        outcomes.stream().flatMap(o -> o.phase().stream()).toList(), input),
                items,
                withheld,
                advice.entrySet().stream()
                        .map(e -> new SuggestedAdvice(e.getKey(), List.copyOf(e.getValue())))
                        .toList(),
                precautions.entrySet().stream()
                        .map(e -> new SuggestedPrecaution(e.getKey(), List.copyOf(e.getValue())))
                        .toList(),
                input.findings().notAssessed(),
                referrals.entrySet().stream()
                        .map(e -> new SuggestedReferral(e.getKey(), List.copyOf(e.getValue())))
                        .toList());
    }

    private List<String> withholdingReasons(
            Exercise exercise, List<Exclusion> exclusions, SuggestionInput input, RecordedConditions conditions) {
        var reasons = new ArrayList<String>();
        exclusions.stream()
                .filter(exclusion -> exclusion.applies().test(exercise))
                .map(Exclusion::reason)
                .forEach(reasons::add);
        if (exercise.retired()) {
            reasons.add("Retired from the library");
        }
        reasons.addAll(gate.refusals(exercise, input.context()));
        reasons.addAll(conditions.warnings(exercise));
        return reasons.stream().distinct().toList();
    }

    private static <K> void merge(Map<K, SequencedSet<String>> merged, K key, List<String> because) {
        merged.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(because);
    }
}
