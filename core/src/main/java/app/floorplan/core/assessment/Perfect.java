package app.floorplan.core.assessment;

import app.floorplan.core.validation.Violations;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The PERFECT scheme of a digital pelvic floor exam ([LAYCOCK-2001]): power (the Oxford grade), endurance,
 * repetitions and fast contractions. Elevation, co-contraction and timing are a later clinical extension recorded
 * alongside; in [LAYCOCK-2001] the letters ECT stand for "every contraction timed". Any item may be left not tested: it
 * is then empty, never a 0 or a "no".
 *
 * @param power the Oxford grade
 * @param enduranceSeconds how long a maximal contraction is held, 0-10 s
 * @param repetitions how many endurance holds are repeated, 0-10
 * @param fastContractions how many quick one-second contractions follow, 0-10
 * @param elevation the perineum lifts on contraction
 * @param coContraction the transversus abdominis co-contracts
 * @param timing the pelvic floor pre-contracts on a cough
 */
public record Perfect(
        Optional<OxfordGrade> power,
        Optional<Integer> enduranceSeconds,
        Optional<Integer> repetitions,
        Optional<Integer> fastContractions,
        Optional<Boolean> elevation,
        Optional<Boolean> coContraction,
        Optional<Boolean> timing) {

    // Clinic rule: the form counts each item up to 10, the training target of 10 holds of 10 s and 10 fast ones.
    public static final int MAX_ENDURANCE_SECONDS = 10;
    public static final int MAX_REPETITIONS = 10;
    public static final int MAX_FAST_CONTRACTIONS = 10;

    public static final String FIELD_ENDURANCE = "pelvicFloor.enduranceSeconds";
    public static final String FIELD_REPETITIONS = "pelvicFloor.repetitions";
    public static final String FIELD_FAST_CONTRACTIONS = "pelvicFloor.fastContractions";

    public Perfect {
        countViolations(
                        new Violations(),
                        power.map(OxfordGrade::value),
                        enduranceSeconds,
                        repetitions,
                        fastContractions)
                .throwIfAny();
    }

    /** PERFECT with every item tested, e.g. for a demo record. */
    public static Perfect of(
            int power,
            int enduranceSeconds,
            int repetitions,
            int fastContractions,
            boolean elevation,
            boolean coContraction,
            boolean timing) {
        return of(
                Optional.of(power),
                Optional.of(enduranceSeconds),
                Optional.of(repetitions),
                Optional.of(fastContractions),
                Optional.of(elevation),
                Optional.of(coContraction),
                Optional.of(timing));
    }

    /** PERFECT from form values, an empty value being an item not tested; refuses every problem at once. */
    public static Perfect of(
            Optional<Integer> power,
            Optional<Integer> enduranceSeconds,
            Optional<Integer> repetitions,
            Optional<Integer> fastContractions,
            Optional<Boolean> elevation,
            Optional<Boolean> coContraction,
            Optional<Boolean> timing) {
        var violations = new Violations();
        var grade = power.flatMap(value -> violations.attempt(() -> OxfordGrade.of(value)));
        countViolations(violations, power, enduranceSeconds, repetitions, fastContractions)
                .throwIfAny();
        return new Perfect(grade, enduranceSeconds, repetitions, fastContractions, elevation, coContraction, timing);
    }

    private static Violations countViolations(
            Violations violations,
            Optional<Integer> power,
            Optional<Integer> enduranceSeconds,
            Optional<Integer> repetitions,
            Optional<Integer> fastContractions) {
        violations
                .check(
                        within(enduranceSeconds, MAX_ENDURANCE_SECONDS),
                        FIELD_ENDURANCE,
                        "Endurance is 0 to 10 seconds, or empty when not tested")
                .check(
                        within(repetitions, MAX_REPETITIONS),
                        FIELD_REPETITIONS,
                        "Repetitions are 0 to 10, or empty when not tested")
                .check(
                        within(fastContractions, MAX_FAST_CONTRACTIONS),
                        FIELD_FAST_CONTRACTIONS,
                        "Fast contractions are 0 to 10, or empty when not tested");
        // Oxford 0 means no contraction at all, so there is nothing to hold, repeat or flick.
        if (power.equals(Optional.of(0))) {
            var message = "With Oxford 0 (no contraction) this must be 0 or not tested";
            violations
                    .check(enduranceSeconds.orElse(0) <= 0, FIELD_ENDURANCE, message)
                    .check(repetitions.orElse(0) <= 0, FIELD_REPETITIONS, message)
                    .check(fastContractions.orElse(0) <= 0, FIELD_FAST_CONTRACTIONS, message);
        }
        return violations;
    }

    private static boolean within(Optional<Integer> count, int max) {
        return count.map(value -> value >= 0 && value <= max).orElse(true);
    }

    /** True when at least one item was tested. */
    public boolean anyTested() {
        return Stream.of(power, enduranceSeconds, repetitions, fastContractions, elevation, coContraction, timing)
                .anyMatch(Optional::isPresent);
    }

    /** The items left not tested, in the order of the scheme. */
    Set<InternalExamItem> notTested() {
        var items = EnumSet.noneOf(InternalExamItem.class);
        addIfEmpty(items, power, InternalExamItem.POWER);
        addIfEmpty(items, enduranceSeconds, InternalExamItem.ENDURANCE);
        addIfEmpty(items, repetitions, InternalExamItem.REPETITIONS);
        addIfEmpty(items, fastContractions, InternalExamItem.FAST_CONTRACTIONS);
        addIfEmpty(items, elevation, InternalExamItem.ELEVATION);
        addIfEmpty(items, coContraction, InternalExamItem.CO_CONTRACTION);
        addIfEmpty(items, timing, InternalExamItem.TIMING);
        return items;
    }

    static void addIfEmpty(Set<InternalExamItem> items, Optional<?> value, InternalExamItem item) {
        if (value.isEmpty()) {
            items.add(item);
        }
    }
}
