package app.floorplan.core.questionnaire;

import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The scoring the PFDI-20 and PFIQ-7 share [BARBER-2005]: each subscale is the mean of its answered items times a
 * factor (0-100); missing items are dealt with by using the mean of the answered items only; the total is the sum of
 * the subscales (0-300). A subscale with no answered item has no mean, so it and the total cannot be scored.
 */
final class ScaledMeans {

    private ScaledMeans() {}

    /**
     * @param factor what the mean is multiplied by: 25 (items 0-4) or 100/3 (items 0-3), as numerator and denominator
     */
    static QuestionnaireScore score(QuestionnaireAnswers answers, int factorNumerator, int factorDenominator) {
        var scoring = answers.instrument().scoring();
        var violations = answers.checkItems(new Violations());
        violations.throwIfAny();
        List<ScaleScore> scales = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int answeredItems = 0;
        for (Scale scale : scalesOf(scoring)) {
            List<QuestionItem> items = scoring.items().stream()
                    .filter(item -> item.scale().orElseThrow() == scale)
                    .toList();
            List<BigDecimal> answered = items.stream()
                    .flatMap(item -> answers.score(item.number()).stream())
                    .toList();
            if (answered.isEmpty()) {
                violations.add(
                        QuestionnaireFields.ANSWERS,
                        "Answer at least one " + scale.area() + " item (" + scale.label() + "): a part with no answers"
                                + " cannot be scored");
                continue;
            }
            answeredItems += answered.size();
            BigDecimal sum = answered.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            // mean x factor = sum x numerator / (answered x denominator), kept exact until the final rounding
            BigDecimal exact = sum.multiply(BigDecimal.valueOf(factorNumerator))
                    .divide(BigDecimal.valueOf((long) answered.size() * factorDenominator), MathContext.DECIMAL128);
            total = total.add(exact);
            scales.add(new ScaleScore(scale, rounded(exact), answered.size(), items.size()));
        }
        violations.throwIfAny();
        return new QuestionnaireScore(
                answers.instrument(),
                rounded(total),
                scales,
                answeredItems,
                scoring.items().size());
    }

    private static List<Scale> scalesOf(InstrumentScoring scoring) {
        return scoring.items().stream()
                .map(item -> item.scale().orElseThrow())
                .distinct()
                .toList();
    }

    private static BigDecimal rounded(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }
}
