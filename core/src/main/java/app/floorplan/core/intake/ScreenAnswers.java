package app.floorplan.core.intake;

import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.core.mood.EpdsItem;
import app.floorplan.core.validation.Violations;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The red-flag screen as the PT filled it in, before validation: asked at the intake and again at every assessment.
 *
 * @param answers the yes/no answer per red flag; a flag missing from the map was not answered
 * @param epdsScores the EPDS item scores as typed when the scale was done at this visit (an item missing from the map
 *     was left blank); empty when it was not done
 */
public record ScreenAnswers(Map<RedFlag, Boolean> answers, Optional<Map<EpdsItem, Integer>> epdsScores) {

    public ScreenAnswers {
        answers = Map.copyOf(answers);
        epdsScores = Objects.requireNonNull(epdsScores, "epdsScores").map(scores -> {
            var copy = new EnumMap<EpdsItem, Integer>(EpdsItem.class);
            copy.putAll(scores);
            return Map.copyOf(copy);
        });
    }

    /** The screen, refusing every unanswered question and every blank or out-of-range EPDS item at once. */
    public RedFlagScreen validate() {
        var violations = new Violations();
        Optional<EpdsAnswers> epds = epdsScores.flatMap(scores -> violations.attempt(() -> new EpdsAnswers(scores)));
        var screen = violations.attempt(() -> RedFlagScreen.fromAnswers(answers, epds));
        violations.throwIfAny();
        return screen.orElseThrow();
    }
}
