package app.floorplan.core.program;

import app.floorplan.core.exercise.ProgramPhase;
import app.floorplan.core.exercise.advice.DailyLifeAdvice;
import app.floorplan.core.validation.Violations;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a home program asks of the patient: the phase she is in, her goals, the exercises in order with their dosage,
 * and advice for daily life. Always valid; forms build it through {@link ProgramContentDraft}, which reports every
 * problem at once (keys in {@link ProgramFields}).
 *
 * <p>Rules: 1-{@value #MAX_ITEMS} items, each exercise at most once, items in position order 0..n-1; at most
 * {@value #MAX_GOALS} goals of at most {@value #MAX_GOAL_LENGTH} characters (blank goals are dropped); free-text advice
 * at most {@value #MAX_FREE_TEXT_ADVICE_LENGTH} characters (blank counts as absent). Items may come from phases before
 * the program's phase.
 *
 * @param advice the standard daily-life advice handed out with the program, shown in enum order
 * @param freeTextAdvice anything else the PT wants the patient to keep in mind
 */
public record ProgramContent(
        ProgramPhase phase,
        List<String> goals,
        List<ProgramItem> items,
        Set<DailyLifeAdvice> advice,
        Optional<String> freeTextAdvice) {

    public static final int MAX_GOALS = 5;
    public static final int MAX_GOAL_LENGTH = 200;
    public static final int MAX_ITEMS = 40;
    public static final int MAX_FREE_TEXT_ADVICE_LENGTH = 2000;

    public ProgramContent {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(freeTextAdvice, "freeTextAdvice");
        items = List.copyOf(items);
        for (int index = 0; index < items.size(); index++) {
            if (items.get(index).position() != index) {
                throw new IllegalArgumentException("items must be in position order 0.." + (items.size() - 1));
            }
        }
        var ordered = EnumSet.noneOf(DailyLifeAdvice.class);
        ordered.addAll(advice);
        advice = Collections.unmodifiableSet(ordered);
        var found = new Violations();
        goals = ProgramRules.goals(found, goals);
        ProgramRules.itemCount(found, items.size());
        ProgramRules.noRepeatedExercise(
                found, items.stream().map(ProgramItem::exercise).toList());
        freeTextAdvice = ProgramRules.freeTextAdvice(found, freeTextAdvice.orElse(""));
        found.throwIfAny();
    }
}
