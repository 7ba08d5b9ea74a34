package app.floorplan.core.questionnaire;

import app.floorplan.core.record.DecimalPrecision;
import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The answers to one instrument as item scores, not yet checked against the instrument: an unanswered item is absent.
 * {@link Instrument#scoring()} checks and scores them.
 *
 * @param scores item number to score (item 0: an entered total)
 * @param names item number to the name the patient gave it (PSFS activities, in her words)
 */
public record QuestionnaireAnswers(
        Instrument instrument, SortedMap<Integer, BigDecimal> scores, Map<Integer, String> names) {

    /** The longest activity name a PSFS item keeps. */
    public static final int MAX_NAME_LENGTH = 100;

    public QuestionnaireAnswers {
        Objects.requireNonNull(instrument, "instrument");
        var normalized = new TreeMap<Integer, BigDecimal>();
        scores.forEach((item, score) -> normalized.put(item, DecimalPrecision.normalized(score)));
        scores = Collections.unmodifiableSortedMap(normalized);
        var stripped = new TreeMap<Integer, String>();
        names.forEach((item, name) -> {
            if (!name.isBlank()) {
                stripped.put(item, name.strip());
            }
        });
        names = Collections.unmodifiableMap(stripped);
    }

    public static QuestionnaireAnswers of(Instrument instrument, Map<Integer, BigDecimal> scores) {
        return new QuestionnaireAnswers(instrument, new TreeMap<>(scores), Map.of());
    }

    /** Answers from whole-number item scores, e.g. {@code ofScores(PFDI_20, Map.of(1, 2, 2, 0))}. */
    public static QuestionnaireAnswers ofInts(Instrument instrument, Map<Integer, Integer> scores) {
        var decimal = new TreeMap<Integer, BigDecimal>();
        scores.forEach((item, score) -> decimal.put(item, BigDecimal.valueOf(score)));
        return new QuestionnaireAnswers(instrument, decimal, Map.of());
    }

    /** A total entered by the PT (ODI, ICIQ-UI SF, PGQ). */
    public static QuestionnaireAnswers total(Instrument instrument, BigDecimal total) {
        return of(instrument, Map.of(0, total));
    }

    public Optional<BigDecimal> score(int item) {
        return Optional.ofNullable(scores.get(item));
    }

    public Optional<String> name(int item) {
        return Optional.ofNullable(names.get(item));
    }

    /** These answers with one item's score set, or cleared when empty. */
    public QuestionnaireAnswers with(int item, Optional<BigDecimal> score) {
        var changed = new TreeMap<>(scores);
        score.ifPresentOrElse(value -> changed.put(item, value), () -> changed.remove(item));
        return new QuestionnaireAnswers(instrument, changed, names);
    }

    /**
     * Refuses items the instrument does not have, scores an item cannot take and names on items that take none: the
     * checks every instrument shares, before its own scoring rule.
     */
    Violations checkItems(Violations violations) {
        var scoring = instrument.scoring();
        scores.forEach((number, score) -> scoring.item(number)
                .ifPresentOrElse(
                        item -> violations.check(item.accepts(score), item.field(), outOfRange(item)),
                        () -> violations.add(
                                QuestionnaireFields.ANSWERS, instrument.label() + " has no item " + number)));
        names.forEach((number, name) -> {
            boolean named = scoring.item(number).filter(QuestionItem::named).isPresent();
            violations.check(
                    named, QuestionnaireFields.ANSWERS, instrument.label() + " item " + number + " takes no name");
            violations.check(
                    name.length() <= MAX_NAME_LENGTH,
                    QuestionnaireFields.activity(number),
                    "Keep it to " + MAX_NAME_LENGTH + " characters");
        });
        return violations;
    }

    private static String outOfRange(QuestionItem item) {
        String range = item.min().toPlainString() + " to " + item.max().toPlainString();
        return item.decimals() == 0
                ? "Enter a whole number from " + range
                : "Enter a number from " + range + " with at most " + item.decimals() + " decimal";
    }
}
