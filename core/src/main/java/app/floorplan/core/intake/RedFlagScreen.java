package app.floorplan.core.intake;

import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.core.mood.EpdsScore;
import app.floorplan.core.validation.Violations;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An answered red-flag screen: every flag asked at the time was answered, the ones in {@code positives} yes and all
 * others no; and the EPDS when it was done at this visit.
 *
 * @param positives the flags answered yes, and the EPDS flags its scores raise
 * @param epds the EPDS item scores when the scale was done at this visit; empty when it was not
 */
public record RedFlagScreen(Set<RedFlag> positives, Optional<EpdsAnswers> epds) {

    public RedFlagScreen {
        positives = Set.copyOf(positives);
        Objects.requireNonNull(epds, "epds");
    }

    /** A stored screen recorded before the EPDS was part of it. */
    public RedFlagScreen(Set<RedFlag> positives) {
        this(positives, Optional.empty());
    }

    /**
     * A screen from the form's yes/no answers and the EPDS, when done. Every flag asked today must be answered: an
     * unanswered question must never read as a "no". The EPDS flags follow from its scores ([COX-1987]: item 10 above
     * 0 always, a total of 13 or more).
     */
    public static RedFlagScreen fromAnswers(Map<RedFlag, Boolean> answers, Optional<EpdsAnswers> epds) {
        var violations = new Violations();
        for (var flag : RedFlag.asked()) {
            violations.check(answers.containsKey(flag), flag.field(), "Answer yes or no");
        }
        violations.throwIfAny();
        var positives = EnumSet.noneOf(RedFlag.class);
        RedFlag.asked().stream().filter(answers::get).forEach(positives::add);
        epds.map(EpdsAnswers::score).ifPresent(score -> positives.addAll(epdsFlags(score)));
        return new RedFlagScreen(positives, epds);
    }

    /** The red flags an EPDS score raises. */
    public static Set<RedFlag> epdsFlags(EpdsScore score) {
        var flags = EnumSet.noneOf(RedFlag.class);
        if (score.selfHarmThoughts()) {
            flags.add(RedFlag.EPDS_SELF_HARM);
        }
        if (score.probableDepression()) {
            flags.add(RedFlag.EPDS_PROBABLE_DEPRESSION);
        }
        return flags;
    }

    /** A screen with every flag answered no and no EPDS. */
    public static RedFlagScreen allNegative() {
        return new RedFlagScreen(Set.of(), Optional.empty());
    }

    public boolean anyPositive() {
        return !positives.isEmpty();
    }

    public Optional<EpdsScore> epdsScore() {
        return epds.map(EpdsAnswers::score);
    }

    /** The positive flags in the order of the screen, for display. */
    public List<RedFlag> positivesInScreenOrder() {
        return Arrays.stream(RedFlag.values()).filter(positives::contains).toList();
    }
}
