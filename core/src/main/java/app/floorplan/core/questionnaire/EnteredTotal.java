package app.floorplan.core.questionnaire;

import app.floorplan.core.validation.Violations;
import java.util.List;

/**
 * The scoring of instruments FloorPlan keeps as a total only: one number, in range, that the PT scores on the paper copy
 * and enters. The instruments differ only in their range (on {@link Instrument}) and how many decimals the total has.
 */
final class EnteredTotal implements InstrumentScoring {

    /**
     * Oswestry Disability Index [FAIRBANK-2000]: ten sections scored 0-5, the percentage of the sections answered
     * (0-100, higher is worse). The wording is licensed (Mapi Research Trust), so the PT scores the paper copy and
     * enters the percentage, to one decimal as a missed section gives e.g. 35.6.
     */
    static final EnteredTotal ODI = new EnteredTotal(Instrument.ODI, 1);

    /**
     * ICIQ Urinary Incontinence Short Form [AVERY-2004]: how often and how much she leaks and how much it interferes
     * with everyday life, summed to 0-21 (higher is worse). Its developers allow electronic versions for staff data
     * capture only, so the PT enters the total from the paper copy.
     */
    static final EnteredTotal ICIQ_UI_SF = new EnteredTotal(Instrument.ICIQ_UI_SF, 0);

    /**
     * Pelvic Girdle Questionnaire [STUGE-2011]: 25 items (20 activity, 5 symptom) scored 0-3, summed and expressed as a
     * percentage of the highest possible sum (0-100, higher is worse). No licence to republish its wording was found,
     * so the PT enters the percentage from the paper copy, to one decimal.
     */
    static final EnteredTotal PGQ = new EnteredTotal(Instrument.PGQ, 1);

    private final Instrument instrument;
    private final List<QuestionItem> items;

    private EnteredTotal(Instrument instrument, int decimals) {
        this.instrument = instrument;
        this.items = List.of(QuestionItem.number(
                0,
                instrument.label() + " total",
                instrument.min().intValueExact(),
                instrument.max().intValueExact(),
                decimals,
                false));
    }

    @Override
    public Instrument instrument() {
        return instrument;
    }

    @Override
    public List<QuestionItem> items() {
        return items;
    }

    @Override
    public QuestionnaireScore score(QuestionnaireAnswers answers) {
        var violations = answers.checkItems(new Violations());
        violations.check(
                answers.score(0).isPresent(),
                QuestionnaireFields.item(0),
                "Enter the " + answers.instrument().label() + " total");
        violations.throwIfAny();
        return new QuestionnaireScore(answers.instrument(), answers.score(0).orElseThrow(), List.of(), 1, 1);
    }
}
