package app.floorplan.core.questionnaire;

import java.util.List;

/**
 * ICIQ Urinary Incontinence Short Form [AVERY-2004]: how often and how much she leaks and how much it interferes with everyday life, summed to 0-21 (higher is worse). Its developers allow electronic versions for staff data capture only, so the PT enters the total from the paper copy.
 */
public final class IciqUiSf implements InstrumentScoring {

    public static final IciqUiSf SCORING = new IciqUiSf();

    private final List<QuestionItem> items = List.of(EnteredTotal.item(Instrument.ICIQ_UI_SF, 0));

    private IciqUiSf() {}

    @Override
    public Instrument instrument() {
        return Instrument.ICIQ_UI_SF;
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
