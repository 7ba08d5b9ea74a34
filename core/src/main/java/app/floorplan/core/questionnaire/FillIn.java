package app.floorplan.core.questionnaire;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The patient's questionnaire as she fills it in.
 *
 * @param dueOn the due day it answers; empty when nothing is due (not yet, or the PT ended it)
 * @param answers her answers so far, or as sent
 * @param sentOn the day she sent it; once sent it cannot be changed
 */
public record FillIn(
        AssignmentId assignment,
        Instrument instrument,
        Optional<LocalDate> dueOn,
        QuestionnaireAnswers answers,
        Optional<LocalDate> sentOn) {

    public boolean open() {
        return dueOn.isPresent() && sentOn.isEmpty();
    }

    /** The first item in the printed order she has not answered, for "continue where you stopped". */
    public int firstUnansweredIndex() {
        var items = instrument.scoring().items();
        for (int index = 0; index < items.size(); index++) {
            if (answers.score(items.get(index).number()).isEmpty()) {
                return index;
            }
        }
        return items.size();
    }
}
