package app.floorplan.core.questionnaire;

import app.floorplan.core.validation.InvalidInputException;
import java.util.List;
import java.util.Optional;

/** An instrument's items and its published scoring, one implementation per instrument. */
public interface InstrumentScoring {

    Instrument instrument();

    /** The items in the printed order. */
    List<QuestionItem> items();

    /**
     * Scores complete or partly missing answers by the instrument's published rule.
     *
     * @throws InvalidInputException with every problem by field ({@link QuestionnaireFields}) when an answer is out of
     *     range or too many are missing for the published rule to give a score
     */
    QuestionnaireScore score(QuestionnaireAnswers answers);

    /** The item with this number. */
    default Optional<QuestionItem> item(int number) {
        return items().stream().filter(item -> item.number() == number).findFirst();
    }
}
