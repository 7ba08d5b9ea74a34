package app.floorplan.core.questionnaire;

import app.floorplan.core.validation.Violations;
import java.util.List;

/** The shared rule of instruments FloorPlan keeps as a total only: one number, in range, entered by the PT. */
final class EnteredTotal {

    private EnteredTotal() {}

    static QuestionItem item(Instrument instrument, int decimals) {
        return QuestionItem.number(
                0,
                instrument.label() + " total",
                instrument.min().intValueExact(),
                instrument.max().intValueExact(),
                decimals,
                false);
    }

    static QuestionnaireScore score(QuestionnaireAnswers answers) {
        var violations = answers.checkItems(new Violations());
        violations.check(
                answers.score(0).isPresent(),
                QuestionnaireFields.item(0),
                "Enter the " + answers.instrument().label() + " total");
        violations.throwIfAny();
        return new QuestionnaireScore(answers.instrument(), answers.score(0).orElseThrow(), List.of(), 1, 1);
    }
}
