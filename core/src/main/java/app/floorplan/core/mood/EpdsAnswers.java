package app.floorplan.core.mood;

import app.floorplan.core.validation.Violations;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A completed Edinburgh Postnatal Depression Scale: the score of every item, 0-3. The scale is scored only when all
 * ten items are answered ([COX-1987] gives no rule for missing items), so an incomplete one is refused rather than
 * scored low.
 */
public record EpdsAnswers(Map<EpdsItem, Integer> itemScores) {

    public static final String FIELD = "epds";

    public EpdsAnswers {
        var copy = new EnumMap<EpdsItem, Integer>(EpdsItem.class);
        copy.putAll(itemScores);
        var violations = new Violations();
        for (var item : EpdsItem.values()) {
            Integer score = copy.get(item);
            violations.check(
                    score != null && score >= 0 && score <= EpdsItem.MAX_ITEM_SCORE,
                    item.field(),
                    "Enter the item's score, 0 to " + EpdsItem.MAX_ITEM_SCORE);
        }
        violations.throwIfAny();
        itemScores = Collections.unmodifiableMap(copy);
    }

    /** The answers from the item scores in item order (1 to 10), as stored. */
    public static EpdsAnswers ofScores(int... inItemOrder) {
        if (inItemOrder.length != EpdsItem.values().length) {
            throw new IllegalArgumentException("the EPDS has 10 items, got " + inItemOrder.length);
        }
        var scores = new EnumMap<EpdsItem, Integer>(EpdsItem.class);
        for (var item : EpdsItem.values()) {
            scores.put(item, inItemOrder[item.ordinal()]);
        }
        return new EpdsAnswers(scores);
    }

    /** The item scores in item order, as stored. */
    public int[] scoresInItemOrder() {
        return Arrays.stream(EpdsItem.values()).mapToInt(itemScores::get).toArray();
    }

    public int itemScore(EpdsItem item) {
        return itemScores.get(item);
    }

    /** [COX-1987]: the total is the sum of the ten item scores. */
    public EpdsScore score() {
        int total = itemScores.values().stream().mapToInt(Integer::intValue).sum();
        return new EpdsScore(total, itemScores.get(EpdsItem.SELF_HARM));
    }
}
