package app.floorplan.core.questionnaire;

import app.floorplan.core.mood.EpdsAnswers;
import app.floorplan.core.mood.EpdsItem;
import app.floorplan.core.mood.EpdsScore;
import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

/**
 * The Edinburgh Postnatal Depression Scale as an outcome measure [COX-1987]: the item scores the PT enters from the
 * clinic's paper copy, scored by {@link EpdsAnswers}. All ten items are needed: the source gives no rule for missing
 * ones.
 */
public final class Epds implements InstrumentScoring {

    private static final List<AnswerOption> OPTIONS =
            List.of(AnswerOption.of(0, "0"), AnswerOption.of(1, "1"), AnswerOption.of(2, "2"), AnswerOption.of(3, "3"));

    /** Declared after the constants its constructor reads. */
    public static final Epds SCORING = new Epds();

    private final List<QuestionItem> items = Arrays.stream(EpdsItem.values())
            .map(item -> QuestionItem.choice(item.number(), item.topic(), Optional.empty(), OPTIONS))
            .toList();

    private Epds() {}

    @Override
    public Instrument instrument() {
        return Instrument.EPDS;
    }

    @Override
    public List<QuestionItem> items() {
        return items;
    }

    @Override
    public QuestionnaireScore score(QuestionnaireAnswers answers) {
        EpdsScore score = answersOf(answers).score();
        return new QuestionnaireScore(Instrument.EPDS, BigDecimal.valueOf(score.total()), List.of(), 10, 10);
    }

    /** The item scores as the EPDS's own value, refusing an incomplete scale. */
    public static EpdsAnswers answersOf(QuestionnaireAnswers answers) {
        var violations = answers.checkItems(new Violations());
        var scores = new EnumMap<EpdsItem, Integer>(EpdsItem.class);
        for (EpdsItem item : EpdsItem.values()) {
            Optional<BigDecimal> score = answers.score(item.number());
            violations.check(
                    score.isPresent(),
                    QuestionnaireFields.item(item.number()),
                    "Enter the item's score, 0 to " + EpdsItem.MAX_ITEM_SCORE + ": the EPDS is scored only when all ten"
                            + " items are answered");
            score.ifPresent(value -> scores.put(item, value.intValue()));
        }
        violations.throwIfAny();
        return new EpdsAnswers(scores);
    }
}
