package app.floorplan.ui.questionnaire;

import app.floorplan.core.identity.PatientId;
import app.floorplan.core.questionnaire.QuestionItem;
import app.floorplan.core.questionnaire.QuestionnaireRecords;
import app.floorplan.core.questionnaire.QuestionnaireResponse;
import app.floorplan.core.questionnaire.QuestionnaireScore;
import app.floorplan.core.questionnaire.ScaleScore;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;

/**
 * One response with every version, newest first: the score and its subscales, each item's answer (her PSFS activities
 * as she named them, shown as text) and, for a correction, its reason. "Correct" opens the paper-copy form on the
 * current version.
 */
final class ResponseDialog extends Dialog {

    ResponseDialog(
            PatientId patient,
            QuestionnaireRecords records,
            QuestionnaireResponse response,
            LocalDate today,
            Runnable afterCorrect) {
        setId("response-dialog");
        setWidth("min(48rem, 100vw)");
        List<QuestionnaireResponse> versions = records.open(patient, response.id());
        QuestionnaireResponse current = versions.getLast();
        setHeaderTitle(current.instrument().label() + " of " + QuestionnairesPanel.day(current.answeredOn()));
        for (QuestionnaireResponse version : versions.reversed()) {
            add(version(version));
        }
        Button correct = new Button("Correct…", click -> {
            close();
            PaperCopyDialog.correct(patient, records, today, current, afterCorrect)
                    .open();
        });
        correct.setId("correct-response");
        Button close = new Button("Close", click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(correct, close);
    }

    private static Div version(QuestionnaireResponse version) {
        Div box = new Div();
        box.addClassName("fp-card");
        QuestionnaireScore score = version.score();
        box.add(new H4("Version " + version.revision().number()
                + (version.revision().replaced() ? " (replaced)" : " (current)")));
        Paragraph summary = new Paragraph(score.summary());
        summary.addClassName("fp-response-score");
        box.add(
                summary,
                new Paragraph(
                        version.source().label() + "; answered on " + QuestionnairesPanel.day(version.answeredOn())));
        version.revision().reason().ifPresent(reason -> box.add(new Paragraph("Why corrected: " + reason)));
        score.scales().stream()
                .filter(ScaleScore::thin)
                .forEach(scale -> box.add(new Paragraph(scale.scale().label() + " rests on " + scale.answered() + " of "
                        + scale.items() + " items: read it with care (fewer than half answered).")));
        NativeTable items = new NativeTable();
        items.addClassName("fp-values");
        for (QuestionItem item : version.instrument().scoring().items()) {
            var answer = version.answers().score(item.number());
            var name = version.answers().name(item.number());
            if (item.named() && answer.isEmpty() && name.isEmpty()) {
                continue;
            }
            NativeTableRow row = items.getBody().addRow();
            row.addDataCell().setText(item.heading());
            row.addDataCell().setText(name.orElse(item.topic()));
            row.addDataCell().setText(answer.map(item::answerLabel).orElse("not answered"));
        }
        box.add(items);
        return box;
    }
}
