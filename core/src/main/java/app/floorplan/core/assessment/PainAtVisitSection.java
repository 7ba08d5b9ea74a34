package app.floorplan.core.assessment;

import app.floorplan.core.intake.NumericPainRating;
import app.floorplan.core.validation.Violations;

/**
 * The patient's pain at the visit on the 0-10 NRS, rated as in the intake (now, and the worst in the last week) so that
 * re-assessments can compare pain like any other measure.
 *
 * <p>The constructor checks what holds at any time; {@link #of} is how form values enter, refused under their own
 * field keys.
 *
 * @param worstLastWeek never lower than {@code now}: pain now is part of the last week
 */
public record PainAtVisitSection(NumericPainRating now, NumericPainRating worstLastWeek) {

    public static final String FIELD_NOW = "painAtVisit.nrsNow";
    public static final String FIELD_WORST_LAST_WEEK = "painAtVisit.nrsWorstLastWeek";

    public PainAtVisitSection {
        worstBelowNow(new Violations(), now, worstLastWeek).throwIfAny();
    }

    /** Pain at the visit from form values, refusing every problem at once. */
    public static PainAtVisitSection of(int nrsNow, int nrsWorstLastWeek) {
        var violations = new Violations();
        var now = violations.attempt(() -> NumericPainRating.of(nrsNow, FIELD_NOW));
        var worst = violations.attempt(() -> NumericPainRating.of(nrsWorstLastWeek, FIELD_WORST_LAST_WEEK));
        if (now.isPresent() && worst.isPresent()) {
            worstBelowNow(violations, now.get(), worst.get());
        }
        violations.throwIfAny();
        return new PainAtVisitSection(now.orElseThrow(), worst.orElseThrow());
    }

    private static Violations worstBelowNow(
            Violations violations, NumericPainRating now, NumericPainRating worstLastWeek) {
        return violations.check(
                worstLastWeek.value() >= now.value(),
                FIELD_WORST_LAST_WEEK,
                "The worst pain in the last week cannot be lower than the pain now, which is part of that week");
    }
}
