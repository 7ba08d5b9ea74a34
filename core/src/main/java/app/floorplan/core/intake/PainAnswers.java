package app.floorplan.core.intake;

import app.floorplan.core.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The pain part of the intake form as typed; an empty rating is a question left blank.
 *
 * @param since when the pain started; empty when unknown or there is no pain
 */
public record PainAnswers(
        Optional<Integer> nrsNow,
        Optional<Integer> nrsWorstLastWeek,
        Set<PainSite> sites,
        Set<PainCharacter> character,
        Set<AggravatingActivity> aggravatingActivities,
        Optional<LocalDate> since) {

    public PainAnswers {
        sites = Set.copyOf(sites);
        character = Set.copyOf(character);
        aggravatingActivities = Set.copyOf(aggravatingActivities);
    }

    /** The profile, with every refusal recorded in {@code violations}; empty when anything was refused. */
    Optional<PainProfile> validate(Violations violations, LocalDate today) {
        violations
                .check(nrsNow.isPresent(), PainProfile.FIELD_NOW, "Rate the pain now from 0 to 10")
                .check(
                        nrsWorstLastWeek.isPresent(),
                        PainProfile.FIELD_WORST_LAST_WEEK,
                        "Rate the worst pain in the last week from 0 to 10");
        // Stand-ins for blank ratings (0 now, 10 worst) can never violate "worst >= now", so the other answers are
        // still checked in this pass without a misleading refusal.
        var profile = violations.attempt(() -> PainProfile.create(
                nrsNow.orElse(NumericPainRating.MIN),
                nrsWorstLastWeek.orElse(NumericPainRating.MAX),
                sites,
                character,
                aggravatingActivities,
                since,
                today));
        return violations.isEmpty() ? profile : Optional.empty();
    }
}
