package app.floorplan.core.questionnaire;

import java.util.List;

/**
 * Oswestry Disability Index [FAIRBANK-2000]: ten sections scored 0-5, the percentage of the sections answered (0-100, higher is worse). The wording is licensed (Mapi Research Trust), so the PT scores the paper copy and enters the percentage, to one decimal as a missed section gives e.g. 35.6.
 */
public final class Odi implements InstrumentScoring {

    public static final Odi SCORING = new Odi();

    private final List<QuestionItem> items = List.of(EnteredTotal.item(Instrument.ODI, 1));

    private Odi() {}

    @Override
    public Instrument instrument() {
        return Instrument.ODI;
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
