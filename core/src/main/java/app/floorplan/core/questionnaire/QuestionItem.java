package app.floorplan.core.questionnaire;

import app.floorplan.core.record.DecimalPrecision;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One scored item of an instrument as FloorPlan keeps it: its number, a topic in FloorPlan's own words (never the
 * instrument's wording), its subscale and the scores it takes.
 *
 * @param number the item's number on the printed instrument; 0 for an entered total
 * @param topic what it is about, so the patient and the PT keep their place on the printed copy
 * @param options the answers to pick from; empty for a number typed in (a PSFS rating, an entered total)
 * @param min the lowest score
 * @param max the highest score
 * @param decimals how many decimal places the score may have
 * @param named true when the patient names the item herself (a PSFS activity)
 */
public record QuestionItem(
        int number,
        String topic,
        Optional<Scale> scale,
        List<AnswerOption> options,
        BigDecimal min,
        BigDecimal max,
        int decimals,
        boolean named) {

    public QuestionItem {
        options = List.copyOf(options);
    }

    static QuestionItem choice(int number, String topic, Optional<Scale> scale, List<AnswerOption> options) {
        return new QuestionItem(
                number,
                topic,
                scale,
                options,
                options.getFirst().score(),
                options.getLast().score(),
                0,
                false);
    }

    static QuestionItem number(int number, String topic, int min, int max, int decimals, boolean named) {
        return new QuestionItem(
                number,
                topic,
                Optional.empty(),
                List.of(),
                BigDecimal.valueOf(min),
                BigDecimal.valueOf(max),
                decimals,
                named);
    }

    /** True when the score is one this item can take. */
    public boolean accepts(BigDecimal score) {
        if (score.compareTo(min) < 0
                || score.compareTo(max) > 0
                || !DecimalPrecision.hasAtMostPlaces(score, decimals)) {
            return false;
        }
        return options.isEmpty()
                || options.stream().anyMatch(option -> option.score().compareTo(score) == 0);
    }

    /** The form field key of this item, e.g. {@code "questionnaire.item.7"}. */
    public String field() {
        return QuestionnaireFields.item(number);
    }

    /** The answer's label for a score, or the score itself for a typed number. */
    public String answerLabel(BigDecimal score) {
        return options.stream()
                .filter(option -> option.score().compareTo(score) == 0)
                .map(AnswerOption::label)
                .findFirst()
                .orElse(DecimalPrecision.normalized(score).toPlainString());
    }

    /** "Item 7" or "Total". */
    public String heading() {
        return number == 0 ? "Total score" : "Item " + number;
    }
}
