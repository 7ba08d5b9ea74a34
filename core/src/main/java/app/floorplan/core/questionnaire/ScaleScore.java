package app.floorplan.core.questionnaire;

import java.math.BigDecimal;

/**
 * A subscale's score and how many of its items it rests on.
 *
 * @param score 0-100, to two decimals
 */
public record ScaleScore(Scale scale, BigDecimal score, int answered, int items) {

    /**
     * Fewer than half its items answered. The published rule still scores it from the answered ones [BARBER-2005];
     * FloorPlan marks it so the PT reads it with care (a clinic rule, docs/clinical-sources.md).
     */
    public boolean thin() {
        return answered * 2 < items;
    }
}
