package app.floorplan.core.questionnaire;

import java.math.BigDecimal;

/**
 * One answer a patient or PT can pick for an item, with the score it counts as.
 *
 * @param label FloorPlan's words for the answer, never an instrument's licensed wording
 */
public record AnswerOption(BigDecimal score, String label) {

    public static AnswerOption of(int score, String label) {
        return new AnswerOption(BigDecimal.valueOf(score), label);
    }
}
