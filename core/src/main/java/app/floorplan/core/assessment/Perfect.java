package app.floorplan.core.assessment;

import app.floorplan.core.validation.Violations;

/**
 * The PERFECT scheme of a digital pelvic floor exam (Laycock &amp; Jerwood 2001).
 *
 * @param power the Oxford grade
 * @param enduranceSeconds how long a maximal contraction is held, capped at 10 s
 * @param repetitions how many endurance holds are repeated, up to 10
 * @param fastContractions how many quick one-second contractions follow, up to 10
 * @param elevation the perineum lifts on contraction
 * @param coContraction the transversus abdominis co-contracts
 * @param timing the pelvic floor pre-contracts on a cough
 */
public record Perfect(
        OxfordGrade power,
        int enduranceSeconds,
        int repetitions,
        int fastContractions,
        boolean elevation,
        boolean coContraction,
        boolean timing) {

    // Laycock & Jerwood 2001: endurance commonly capped at 10 s, repetitions and fast contractions counted up to 10.
    public static final int MAX_ENDURANCE_SECONDS = 10;
    public static final int MAX_REPETITIONS = 10;
    public static final int MAX_FAST_CONTRACTIONS = 10;

    public static final String FIELD_ENDURANCE = "pelvicFloor.enduranceSeconds";
    public static final String FIELD_REPETITIONS = "pelvicFloor.repetitions";
    public static final String FIELD_FAST_CONTRACTIONS = "pelvicFloor.fastContractions";

    public Perfect {
        countViolations(new Violations(), power.value(), enduranceSeconds, repetitions, fastContractions)
                .throwIfAny();
    }

    /** PERFECT from form values, refusing every problem at once. */
    public static Perfect of(
            int power,
            int enduranceSeconds,
            int repetitions,
            int fastContractions,
            boolean elevation,
            boolean coContraction,
            boolean timing) {
        var violations = new Violations();
        var grade = violations.attempt(() -> OxfordGrade.of(power));
        countViolations(violations, power, enduranceSeconds, repetitions, fastContractions)
                .throwIfAny();
        return new Perfect(
                grade.orElseThrow(), enduranceSeconds, repetitions, fastContractions, elevation, coContraction, timing);
    }

    private static Violations countViolations(
            Violations violations, int power, int enduranceSeconds, int repetitions, int fastContractions) {
        violations
                .check(
                        enduranceSeconds >= 0 && enduranceSeconds <= MAX_ENDURANCE_SECONDS,
                        FIELD_ENDURANCE,
                        "Endurance is 0 to 10 seconds")
                .check(repetitions >= 0 && repetitions <= MAX_REPETITIONS, FIELD_REPETITIONS, "Repetitions are 0 to 10")
                .check(
                        fastContractions >= 0 && fastContractions <= MAX_FAST_CONTRACTIONS,
                        FIELD_FAST_CONTRACTIONS,
                        "Fast contractions are 0 to 10");
        // Oxford 0 means no contraction at all, so there is nothing to hold, repeat or flick.
        if (power == 0) {
            var message = "With Oxford 0 (no contraction) this must be 0";
            violations
                    .check(enduranceSeconds <= 0, FIELD_ENDURANCE, message)
                    .check(repetitions <= 0, FIELD_REPETITIONS, message)
                    .check(fastContractions <= 0, FIELD_FAST_CONTRACTIONS, message);
        }
        return violations;
    }
}
