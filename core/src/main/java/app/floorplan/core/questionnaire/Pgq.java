package app.floorplan.core.questionnaire;

import java.util.List;

/**
 * Pelvic Girdle Questionnaire [STUGE-2011]: 25 items (20 activity, 5 symptom) scored 0-3, summed and expressed as a percentage of the highest possible sum (0-100, higher is worse). No licence to republish its wording was found, so the PT enters the percentage from the paper copy, to one decimal.
 */
public final class Pgq implements InstrumentScoring {

    public static final Pgq SCORING = new Pgq();

    private final List<QuestionItem> items = List.of(EnteredTotal.item(Instrument.PGQ, 1));

    private Pgq() {}

    @Override
    public Instrument instrument() {
        return Instrument.PGQ;
    }

    @Override
    public List<QuestionItem> items() {
        return items;
    }

    @Override
    public QuestionnaireScore score(QuestionnaireAnswers answers) {
        return EnteredTotal.score(answers);
    }
}
