package app.floorplan.ui.screening;

import app.floorplan.core.intake.RedFlag;
import app.floorplan.core.intake.RedFlagConcern;
import app.floorplan.core.intake.RedFlagScreen;
import app.floorplan.core.intake.ScreenAnswers;
import app.floorplan.ui.form.FieldMessages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The red-flag screen, asked at the intake and again at every assessment: one yes/no question per flag, grouped by the
 * condition it may point to, then the EPDS. No question has a default answer, because an unanswered question must
 * never read as a "no". A "yes" shows at once what to do now, before anything is saved.
 */
public final class RedFlagQuestions extends VerticalLayout {

    private final Map<RedFlag, RadioButtonGroup<Boolean>> questions = new EnumMap<>(RedFlag.class);
    private final EpdsFields epds;
    private final Div actNow = new Div();

    /** @param changed runs when the person changes an answer */
    public RedFlagQuestions(Runnable changed) {
        setPadding(false);
        actNow.setId("red-flag-answered-yes");
        actNow.addClassName("fp-red-flag");
        actNow.setVisible(false);
        for (RedFlagConcern concern : RedFlagConcern.values()) {
            List<RedFlag> asked = RedFlag.asked().stream()
                    .filter(flag -> flag.concern() == concern)
                    .toList();
            if (!asked.isEmpty()) {
                add(new H4(concern.label()));
                asked.forEach(flag -> add(question(flag, changed)));
            }
        }
        epds = new EpdsFields(() -> {
            showWhatToDo();
            changed.run();
        });
        add(new H4(RedFlagConcern.MOOD.label()), epds, actNow);
    }

    private RadioButtonGroup<Boolean> question(RedFlag flag, Runnable changed) {
        RadioButtonGroup<Boolean> question = new RadioButtonGroup<>(flag.label());
        question.setId("red-flag-" + flag.name());
        question.setItems(true, false);
        question.setItemLabelGenerator(yes -> yes ? "Yes" : "No");
        question.setRequiredIndicatorVisible(true);
        question.setManualValidation(true);
        question.addValueChangeListener(e -> {
            showWhatToDo();
            if (e.isFromClient()) {
                changed.run();
            }
        });
        questions.put(flag, question);
        return question;
    }

    /** Shows a stored screen: its positives answered yes, every other asked flag no, and its EPDS. */
    public void show(RedFlagScreen screen) {
        questions.forEach(
                (flag, question) -> question.setValue(screen.positives().contains(flag)));
        epds.show(screen.epds());
        showWhatToDo();
    }

    /** Every question unanswered and no EPDS, for a new screen. */
    public void clear() {
        questions.values().forEach(RadioButtonGroup::clear);
        epds.clear();
        showWhatToDo();
    }

    /** The answers given so far; an unanswered flag is left out, and core refuses it. */
    public ScreenAnswers answers() {
        Map<RedFlag, Boolean> answers = new EnumMap<>(RedFlag.class);
        questions.forEach((flag, question) -> {
            if (question.getValue() != null) {
                answers.put(flag, question.getValue());
            }
        });
        return new ScreenAnswers(answers, epds.scores());
    }

    public void register(FieldMessages messages) {
        questions.forEach((flag, question) -> messages.register(flag.field(), question));
        epds.register(messages);
    }

    /** The conditions answered yes so far (and the EPDS flags its complete scores raise), with what to do now. */
    private void showWhatToDo() {
        var yes = questions.entrySet().stream()
                .filter(entry -> Boolean.TRUE.equals(entry.getValue().getValue()))
                .map(Map.Entry::getKey)
                .toList();
        var flagged = new java.util.ArrayList<>(yes);
        flagged.addAll(epds.flags());
        actNow.removeAll();
        actNow.setVisible(!flagged.isEmpty());
        if (flagged.isEmpty()) {
            return;
        }
        actNow.add(new Paragraph(
                "Answered yes: no exercise program until an outcome is recorded (after saving)." + " What to do now:"));
        UnorderedList steps = new UnorderedList();
        Arrays.stream(RedFlagConcern.values())
                .filter(concern -> flagged.stream().anyMatch(flag -> flag.concern() == concern))
                .map(concern -> new ListItem(concern.label() + ": " + concern.whatToDoNow()))
                .forEach(steps::add);
        actNow.add(steps);
    }
}
