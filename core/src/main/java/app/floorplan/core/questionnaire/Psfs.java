package app.floorplan.core.questionnaire;

import app.floorplan.core.validation.Violations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Patient-Specific Functional Scale [STRATFORD-1995]: the patient names important activities she has difficulty with
 * and rates each from 0 (unable) to 10 (as before the problem); the score is the sum of the ratings divided by the
 * number of activities (0-10, higher is better). The scale asks for up to three activities, with room for more; FloorPlan
 * keeps one to five, so a patient who names fewer than three can still be scored.
 */
public final class Psfs implements InstrumentScoring {

    public static final int MAX_ACTIVITIES = 5;

    /** Declared after the constants its constructor reads. */
    public static final Psfs SCORING = new Psfs();

    private final List<QuestionItem> items;

    private Psfs() {
        var list = new ArrayList<QuestionItem>();
        for (int number = 1; number <= MAX_ACTIVITIES; number++) {
            list.add(QuestionItem.number(number, "activity " + number, 0, 10, 0, true));
        }
        items = List.copyOf(list);
    }

    @Override
    public Instrument instrument() {
        return Instrument.PSFS;
    }

    @Override
    public List<QuestionItem> items() {
        return items;
    }

    @Override
    public QuestionnaireScore score(QuestionnaireAnswers answers) {
        var violations = answers.checkItems(new Violations());
        for (QuestionItem item : items) {
            boolean rated = answers.score(item.number()).isPresent();
            boolean named = answers.name(item.number()).isPresent();
            violations.check(
                    !rated || named, QuestionnaireFields.activity(item.number()), "Name the activity she rated");
            violations.check(!named || rated, item.field(), "Rate the activity from 0 to 10");
        }
        violations.check(
                !answers.scores().isEmpty(), QuestionnaireFields.ANSWERS, "Name at least one activity and rate it");
        violations.throwIfAny();
        BigDecimal sum = answers.scores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int activities = answers.scores().size();
        // [STRATFORD-1995]: total score = sum of the activity scores / number of activities
        BigDecimal mean = sum.divide(BigDecimal.valueOf(activities), MathContext.DECIMAL128)
                .setScale(2, RoundingMode.HALF_UP);
        return new QuestionnaireScore(Instrument.PSFS, mean, List.of(), activities, activities);
    }
}
