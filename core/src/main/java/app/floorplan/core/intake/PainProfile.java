package app.floorplan.core.intake;

import app.floorplan.core.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The patient's pain at intake.
 *
 * <p>The constructor checks what holds at any time; {@link #create} also checks "since" against today and is how new
 * input enters.
 *
 * @param worstLastWeek never lower than {@code now}: pain now is part of the last week
 * @param since when the pain started; empty when unknown or there is no pain
 */
public record PainProfile(
        NumericPainRating now,
        NumericPainRating worstLastWeek,
        Set<PainSite> sites,
        Set<PainCharacter> character,
        Set<AggravatingActivity> aggravatingActivities,
        Optional<LocalDate> since) {

    public static final String FIELD_NOW = "pain.nrsNow";
    public static final String FIELD_WORST_LAST_WEEK = "pain.nrsWorstLastWeek";
    public static final String FIELD_SINCE = "pain.since";

    public PainProfile {
        sites = Set.copyOf(sites);
        character = Set.copyOf(character);
        aggravatingActivities = Set.copyOf(aggravatingActivities);
        worstBelowNow(new Violations(), now, worstLastWeek).throwIfAny();
    }

    /** A pain profile from form values, refusing every problem at once. */
    public static PainProfile create(
            int nrsNow,
            int nrsWorstLastWeek,
            Set<PainSite> sites,
            Set<PainCharacter> character,
            Set<AggravatingActivity> aggravatingActivities,
            Optional<LocalDate> since,
            LocalDate today) {
        var violations = new Violations();
        var now = violations.attempt(() -> NumericPainRating.of(nrsNow, FIELD_NOW));
        var worst = violations.attempt(() -> NumericPainRating.of(nrsWorstLastWeek, FIELD_WORST_LAST_WEEK));
        if (now.isPresent() && worst.isPresent()) {
            worstBelowNow(violations, now.get(), worst.get());
        }
        since.ifPresent(
                date -> violations.check(!date.isAfter(today), FIELD_SINCE, "The pain cannot start in the future"));
        violations.throwIfAny();
        return new PainProfile(now.orElseThrow(), worst.orElseThrow(), sites, character, aggravatingActivities, since);
    }

    private static Violations worstBelowNow(
            Violations violations, NumericPainRating now, NumericPainRating worstLastWeek) {
        return violations.check(
                worstLastWeek.value() >= now.value(),
                FIELD_WORST_LAST_WEEK,
                "The worst pain in the last week cannot be lower than the pain now, which is part of that week");
    }
}
