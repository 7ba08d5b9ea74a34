package app.floorplan.ui.intake;

import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagConcern;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The red-flag screen: one yes/no question per flag, grouped by the condition it may point to. No question has a
 * default answer, because an unanswered question must never read as a "no".
 */
final class RedFlagQuestions extends VerticalLayout {

    private final Map<RedFlag, RadioButtonGroup<Boolean>> questions = new EnumMap<>(RedFlag.class);
    private final Div positiveWarning = new Div();

    RedFlagQuestions(Runnable changed) {
        setPadding(false);
        positiveWarning.setId("red-flag-answered-yes");
        positiveWarning.addClassName("fp-red-flag");
        positiveWarning.setVisible(false);
        for (RedFlagConcern concern : RedFlagConcern.values()) {
            add(new H4(concern.label()));
            Arrays.stream(RedFlag.values())
                    .filter(flag -> flag.concern() == concern)
                    .forEach(flag -> add(question(flag, changed)));
        }
        add(positiveWarning);
    }

    private RadioButtonGroup<Boolean> question(RedFlag flag, Runnable changed) {
        RadioButtonGroup<Boolean> question = new RadioButtonGroup<>(flag.label());
        question.setId("red-flag-" + flag.name());
        question.setItems(true, false);
        question.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
        question.setRequiredIndicatorVisible(true);
        question.setManualValidation(true);
        question.addValueChangeListener(e -> {
            showWarning();
            if (e.isFromClient()) {
                changed.run();
            }
        });
        questions.put(flag, question);
        return question;
    }

    /** Shows a stored screen: its positives answered yes, every other flag no. */
    void show(RedFlagScreen screen) {
        questions.forEach(
                (flag, question) -> question.setValue(screen.positives().contains(flag)));
    }

    /** Every question unanswered, for a new intake. */
    void clear() {
        questions.values().forEach(RadioButtonGroup::clear);
    }

    /** The answers given so far; an unanswered flag is left out, and core refuses it. */
    Map<RedFlag, Boolean> answers() {
        Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
        questions.forEach((flag, question) -> {
            if (question.getValue() != null) {
                answers.put(flag, question.getValue());
            }
        });
        return answers;
    }

    void register(FieldMessages messages) {
        questions.forEach((flag, question) -> messages.register(flag.field(), question));
    }

    private void showWarning() {
        var yes = answers().entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .toList();
        positiveWarning.setVisible(!yes.isEmpty());
        positiveWarning.setText("Answered yes: " + IntakeText.flags(yes) + ". Refer to a physician; no exercise"
                + " program until a referral or clearance is recorded (after saving).");
    }
}
