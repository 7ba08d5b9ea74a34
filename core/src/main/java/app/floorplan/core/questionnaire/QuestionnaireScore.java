package app.floorplan.core.questionnaire;

import app.floorplan.core.record.DecimalPrecision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A scored response: the total in the instrument's range, its subscales where it has them, and how many items were
 * answered.
 *
 * @param total the instrument's total, to two decimals at most
 */
public record QuestionnaireScore(
        Instrument instrument, BigDecimal total, List<ScaleScore> scales, int answered, int items) {

    public QuestionnaireScore {
        Objects.requireNonNull(instrument, "instrument");
        total = DecimalPrecision.normalized(total);
        scales = List.copyOf(scales);
        if (total.compareTo(instrument.min()) < 0 || total.compareTo(instrument.max()) > 0) {
            throw new IllegalArgumentException(instrument.label() + " total out of range: " + total);
        }
    }

    /** The total as shown: one decimal at most, e.g. "112.5". */
    public String totalLabel() {
        return shown(total);
    }

    /** E.g. "PFDI-20 112.5 of 300 (POPDI-6 41.7, CRADI-8 25, UDI-6 45.8)". */
    public String summary() {
        String parts = scales.isEmpty()
                ? ""
                : scales.stream()
                        .map(scale -> scale.scale().label() + " " + shown(scale.score()))
                        .collect(Collectors.joining(", ", " (", ")"));
        String missing = answered < items ? "; " + (items - answered) + " of " + items + " items unanswered" : "";
        return instrument.label() + " " + totalLabel() + " of " + shown(instrument.max()) + parts + missing;
    }

    /** A score rounded to one decimal for display, without trailing zeros. */
    public static String shown(BigDecimal score) {
        return DecimalPrecision.normalized(score.setScale(1, RoundingMode.HALF_UP))
                .toPlainString();
    }
}
