package app.floorplan.ui.questionnaire;

import app.floorplan.core.questionnaire.AnswerOption;
import app.floorplan.core.questionnaire.AssignmentId;
import app.floorplan.core.questionnaire.FillIn;
import app.floorplan.core.questionnaire.MyQuestionnaires;
import app.floorplan.core.questionnaire.QuestionItem;
import app.floorplan.core.validation.InvalidInputException;
import app.floorplan.core.validation.Violation;
import app.floorplan.ui.patient.RecordAddress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The patient fills in an assigned questionnaire on her phone, one question a screen: each tap saves her answer at once
 * and moves on, so she can stop with a baby on her arm and continue later where she left off; at the end she checks
 * her answers and sends them, and cannot change them afterwards. FloorPlan shows the question's number and topic, not
 * its licensed wording: she reads the question on the printed copy from her physiotherapist. Only one screen of
 * components is kept on the server at a time.
 */
@Route("my-questionnaires/:assignmentId")
@PageTitle("Questionnaire · FloorPlan")
@RolesAllowed("PATIENT")
public class MyQuestionnaireView extends VerticalLayout implements BeforeEnterObserver {

    private final MyQuestionnaires questionnaires;
    private final Div screen = new Div();
    private final Paragraph status = new Paragraph();
    private AssignmentId id;
    private FillIn fillIn;

    public MyQuestionnaireView(MyQuestionnaires questionnaires) {
        this.questionnaires = questionnaires;
        addClassName("fp-portal");
        setPadding(true);
        screen.setId("questionnaire-screen");
        screen.setWidthFull();
        status.setId("questionnaire-status");
        status.getElement().setAttribute("aria-live", "polite");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = RecordAddress.id(event, "assignmentId", AssignmentId::of);
        fillIn = questionnaires.open(id);
        removeAll();
        add(new H2(fillIn.instrument().label()), status, screen);
        if (fillIn.sentOn().isPresent()) {
            sent();
        } else if (!fillIn.open()) {
            closed();
        } else if (fillIn.answers().scores().isEmpty()) {
            intro();
        } else {
            question(fillIn.firstUnansweredIndex());
        }
    }

    private List<QuestionItem> items() {
        return fillIn.instrument().scoring().items();
    }

    private void intro() {
        screen.removeAll();
        status.setText("");
        Paragraph paper =
                new Paragraph("Please have the printed " + fillIn.instrument().label()
                        + " from your physiotherapist in front of you. For each numbered question, read it on the paper and"
                        + " tap your answer here. Each answer is saved at once: you can stop and come back later.");
        Paragraph why = new Paragraph(
                "Why the questions are not shown here: " + fillIn.instrument().whyNoWording());
        why.addClassName("fp-muted");
        Button start = big("Start", () -> question(0));
        start.setId("start-questionnaire");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        screen.add(
                new Paragraph(items().size() + " questions, about " + Math.max(2, items().size() / 4) + " minutes."),
                paper,
                why,
                start,
                backToPlan());
    }

    private void question(int index) {
        if (index >= items().size()) {
            review();
            return;
        }
        screen.removeAll();
        QuestionItem item = items().get(index);
        Optional<BigDecimal> current = fillIn.answers().score(item.number());
        H3 heading = new H3("Question " + item.number());
        heading.setId("question-number");
        Paragraph progress = new Paragraph((index + 1) + " of " + items().size() + " · about " + item.topic());
        progress.addClassName("fp-muted");
        progress.setId("question-topic");
        Div options = new Div();
        options.setId("answer-options");
        options.addClassName("fp-answers");
        options.getElement().setAttribute("role", "group");
        options.getElement().setAttribute("aria-labelledby", "question-number");
        for (AnswerOption option : item.options()) {
            boolean chosen = current.filter(score -> score.compareTo(option.score()) == 0)
                    .isPresent();
            Button answer = big(option.label(), () -> answer(index, item, Optional.of(option.score())));
            answer.setId("answer-" + option.score().toPlainString());
            answer.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            if (chosen) {
                answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            options.add(answer);
        }
        Button back = big(index == 0 ? "Back to the start" : "Previous question", () -> {
            if (index == 0) {
                intro();
            } else {
                question(index - 1);
            }
        });
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("previous-question");
        Button skip = big(
                current.isPresent() ? "Clear my answer and go on" : "Skip this question",
                () -> answer(index, item, Optional.empty()));
        skip.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        skip.setId("skip-question");
        screen.add(heading, progress, options, skip, back);
    }

    private void answer(int index, QuestionItem item, Optional<BigDecimal> score) {
        try {
            fillIn = questionnaires.answer(id, item.number(), score);
            status.setText(score.isPresent() ? "Saved." : "");
            question(index + 1);
        } catch (InvalidInputException refused) {
            status.setText(text(refused));
        }
    }

    private void review() {
        screen.removeAll();
        List<QuestionItem> unanswered = items().stream()
                .filter(item -> fillIn.answers().score(item.number()).isEmpty())
                .toList();
        H3 heading = new H3("Check and send");
        Paragraph answered = new Paragraph("You answered " + (items().size() - unanswered.size()) + " of "
                + items().size() + " questions."
                + (unanswered.isEmpty()
                        ? ""
                        : " Not answered: "
                                + unanswered.stream()
                                        .map(item -> String.valueOf(item.number()))
                                        .collect(Collectors.joining(", "))
                                + ". You can send it as it is: the score uses the answers you gave."));
        answered.setId("review-summary");
        Button send = big("Send to my physiotherapist", this::send);
        send.setId("send-questionnaire");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        Paragraph once = new Paragraph("Once sent, your answers cannot be changed.");
        once.addClassName("fp-muted");
        Button change = big(
                unanswered.isEmpty()
                        ? "Go through my answers again"
                        : "Answer question " + unanswered.getFirst().number(),
                () -> question(unanswered.isEmpty() ? 0 : items().indexOf(unanswered.getFirst())));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        change.setId("change-answers");
        screen.add(heading, answered, send, once, change, backToPlan());
    }

    private void send() {
        try {
            fillIn = questionnaires.submit(id);
            sent();
        } catch (InvalidInputException refused) {
            status.setText(text(refused));
            review();
        }
    }

    private void sent() {
        screen.removeAll();
        status.setText("");
        Paragraph thanks =
                new Paragraph("Thank you. Your " + fillIn.instrument().label() + " was sent on "
                        + fillIn.sentOn().map(QuestionnairesPanel::day).orElse("") + ". Your physiotherapist will go"
                        + " through it with you.");
        thanks.setId("questionnaire-sent");
        thanks.addClassName("fp-saved");
        screen.add(thanks, backToPlan());
    }

    private void closed() {
        screen.removeAll();
        Paragraph closed = new Paragraph("This questionnaire is not open for answers now: it is not due yet, or your"
                + " physiotherapist has ended it.");
        closed.setId("questionnaire-closed");
        screen.add(closed, backToPlan());
    }

    private Button backToPlan() {
        Button back = big("Back to my plan", () -> getUI().ifPresent(ui -> ui.navigate("my-plan")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("back-to-plan");
        return back;
    }

    private static Button big(String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.setWidthFull();
        return button;
    }

    private static String text(InvalidInputException refused) {
        return refused.violations().stream().map(Violation::message).collect(Collectors.joining(" "));
    }
}
