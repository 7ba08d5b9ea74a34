package app.floorplan.core.intake;

import app.floorplan.core.validation.Violations;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The answered red-flag screen: every {@link RedFlag} was asked, the ones in {@code positives} were answered yes and
 * all others no.
 */
public record RedFlagScreen(Set<RedFlag> positives) {

    public RedFlagScreen {
        positives = Set.copyOf(positives);
    }

    /**
     * A screen from the form's yes/no answers. Every flag must be answered: an unanswered question must never read as
     * a "no".
     */
    public static RedFlagScreen fromAnswers(Map<RedFlag, Boolean> answers) {
        var violations = new Violations();
        for (var flag : RedFlag.values()) {
            violations.check(answers.containsKey(flag), flag.field(), "Answer yes or no");
        }
        violations.throwIfAny();
        return new RedFlagScreen(answers.entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** A screen with every flag answered no. */
    public static RedFlagScreen allNegative() {
        return new RedFlagScreen(Set.of());
    }

    public boolean anyPositive() {
        return !positives.isEmpty();
    }

    /** The positive flags in the order of the screen, for display. */
    public List<RedFlag> positivesInScreenOrder() {
        return Arrays.stream(RedFlag.values()).filter(positives::contains).toList();
    }
}
